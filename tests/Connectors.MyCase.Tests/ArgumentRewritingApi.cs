using System.Reflection;

namespace Connectors.MyCase.Tests;

/// <summary>An <see cref="IMyCaseApi"/> that changes one method's arguments, then calls the real client.</summary>
#pragma warning disable CA1852 // DispatchProxy derives from it
public class ArgumentRewritingApi : DispatchProxy
#pragma warning restore CA1852
{
    private IMyCaseApi? _inner;
    private string? _method;
    private Action<object?[]>? _rewrite;

    /// <summary>How many times the rewritten method was called.</summary>
    public int Calls { get; private set; }

    /// <summary>The real client, with <paramref name="rewrite"/> applied to the arguments of <paramref name="method"/>.</summary>
    public static IMyCaseApi Over(IMyCaseApi inner, string method, Action<object?[]> rewrite)
    {
        var proxy = Create<IMyCaseApi, ArgumentRewritingApi>();
        var self = (ArgumentRewritingApi)(object)proxy;
        self._inner = inner;
        self._method = method;
        self._rewrite = rewrite;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name == _method && args is not null)
        {
            Calls++;
            _rewrite!(args);
        }

        return targetMethod.Invoke(_inner, args);
    }
}
