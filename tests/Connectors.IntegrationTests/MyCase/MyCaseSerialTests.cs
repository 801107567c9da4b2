namespace Connectors.IntegrationTests.MyCase;

/// <summary>
/// The MyCase tests run one after another and not beside the other vendors' tests: several of them wait out real
/// <c>Retry-After</c> seconds and start many loopback requests, which would slow the timeout-sensitive tests of others.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MyCaseSerialTests
{
    public const string Name = "MyCase sandbox";
}
