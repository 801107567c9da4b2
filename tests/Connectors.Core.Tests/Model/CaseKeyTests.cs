using Connectors.Core.Model;

namespace Connectors.Core.Tests.Model;

public class CaseKeyTests
{
    [Fact]
    public void Keys_order_by_system_then_id_ordinally()
    {
        CaseKey[] keys = [new("mycase", "2"), new("casepeer", "b"), new("casepeer", "B"), new("casepeer", "a")];

        Array.Sort(keys);

        Assert.Equal(["casepeer:B", "casepeer:a", "casepeer:b", "mycase:2"], keys.Select(k => k.ToString()));
    }

    [Fact]
    public void Keys_are_case_sensitive_because_vendor_ids_are_opaque()
    {
        Assert.NotEqual(new CaseKey("casepeer", "abc"), new CaseKey("casepeer", "ABC"));
        Assert.True(new CaseKey("casepeer", "1") < new CaseKey("casepeer", "2"));
    }
}
