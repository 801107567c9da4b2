using System.Reflection;
using System.Reflection.Emit;
using System.Security.Cryptography;
using Connectors.CasePeer.Push;
using Connectors.Core.Http;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Testing;
using Xunit.Abstractions;

namespace Connectors.Reliability.Tests;

/// <summary>Inbound keys are compared in constant time and every wrong key is refused with the SDK's own exception.</summary>
public sealed class ConstantTimeKeyTests(ITestOutputHelper output)
{
    private const string PlatformKey = "pk_live_3f9a1c7e2b8d4f60a5e1";
    private const string Body = """{"case_id": 1042, "case_type": "Personal Injury", "attorney_email": "a.reyes@firm.example", "client_first_name": "Femi", "client_last_name": "Brooks", "client_cell_phone": "402-320-5759"}""";

    private static readonly CasePeerPushReceiver Receiver = new(PlatformKey, ["a.reyes@firm.example"], new FakeClock(Instant.FromUtc(2026, 11, 25, 2, 0)));

    public static TheoryData<string?> NearMisses() =>
    [
        null, "", " ", PlatformKey[..^1], PlatformKey + "0", PlatformKey.ToUpperInvariant(), " " + PlatformKey, PlatformKey + "\n",
        PlatformKey[..1], new string('p', PlatformKey.Length), PlatformKey.Replace('e', 'é'), PlatformKey + "\0", new string('x', 1 << 20),
        "\ud800" + PlatformKey[1..], $"Bearer {PlatformKey}",
    ];

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void A_key_of_another_length_case_or_prefix_is_refused_without_showing_either_key(string? presented)
    {
        var refused = Assert.Throws<ConnectorAuthenticationException>(() => Receiver.Receive(presented, Body));
        Assert.DoesNotContain(PlatformKey, refused.ToString(), StringComparison.OrdinalIgnoreCase);
        if (presented is { Length: > 3 })
        {
            Assert.DoesNotContain(presented, refused.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Random_keys_are_refused_and_only_the_platform_key_is_accepted()
    {
        var tried = 0;
        var property = Prop.ForAll(ArbMap.Default.ArbFor<string>(), presented =>
        {
            tried++;
            if (presented == PlatformKey)
            {
                return Receiver.Receive(presented, Body).IsValid;
            }

            return Assert.Throws<ConnectorAuthenticationException>(() => Receiver.Receive(presented, Body)) is not null;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Math.Max(500, Fuzzing.FuzzBudget.RunsPerSurface)).WithQuietOnSuccess(true), property);
        Assert.True(Receiver.Receive(PlatformKey, Body).IsValid);
        output.WriteLine($"casepeer/push key: {tried} random keys tried, every one refused with ConnectorAuthenticationException.");
    }

    [Fact]
    public void The_push_receiver_compares_keys_with_FixedTimeEquals_and_no_ordinary_string_comparison()
    {
        var calls = CalledMethods(typeof(CasePeerPushReceiver).GetMethod(nameof(CasePeerPushReceiver.Receive))!);
        Assert.Contains(calls, m => m.DeclaringType == typeof(CryptographicOperations) && m.Name == nameof(CryptographicOperations.FixedTimeEquals));
        Assert.DoesNotContain(calls, m => m.DeclaringType == typeof(string) && m.Name is "Equals" or "op_Equality" or "CompareOrdinal" or "Compare");
        Assert.DoesNotContain(calls, m => m.Name == "SequenceEqual");
    }

    /// <summary>The methods a method body calls, read from its IL (call, callvirt, newobj).</summary>
    private static List<MethodBase> CalledMethods(MethodInfo method)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray()!;
        var oneByte = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!).Where(o => o.Size == 1).ToDictionary(o => o.Value);
        var twoByte = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!).Where(o => o.Size == 2).ToDictionary(o => (byte)(o.Value & 0xFF));
        var calls = new List<MethodBase>();
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? twoByte[il[++i]] : oneByte[il[i]];
            i++;
            if (code.OperandType == OperandType.InlineMethod)
            {
                var token = BitConverter.ToInt32(il, i);
                if (method.Module.ResolveMethod(token, method.DeclaringType!.GetGenericArguments(), null) is { } called)
                {
                    calls.Add(called);
                }
            }

            i += code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (BitConverter.ToInt32(il, i) * 4),
                _ => 4,
            };
        }

        return calls;
    }
}
