namespace Fleet.Host.Tests;

/// <summary>The tests that share one throwaway PostgreSQL cluster (started once, stopped after the last of them).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresTests : ICollectionFixture<PostgresCluster>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "postgres";
}
