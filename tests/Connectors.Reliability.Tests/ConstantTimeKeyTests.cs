using System.Reflection;
using System.Reflection.Emit;
using System.Security.Cryptography;
using System.Text;

using Connectors.CasePeer.Push;
using Connectors.Core.Http;
using Connectors.MyCase.Webhooks;
using Connectors.Reliability.Tests.Fuzzing;
using Connectors.Reliability.Tests.Surfaces;

using FsCheck;
using FsCheck.Fluent;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;
using NodaTime.Testing;

using Xunit.Abstractions;

namespace Connectors.Reliability.Tests;

/// <summary>Inbound keys are compared in constant time and every wrong key is refused with the SDK's own exception.</summary>
public sealed class ConstantTimeKeyTests(ITestOutputHelper output)
{
    private const string PlatformKey = "pk_live_3f9a1c7e2b8d4f60a5e1";
    private const string Body = """{"case_id": 1042, "case_type": "Personal Injury", "attorney_email": "a.reyes@firm.example",""" +
        """ "client_first_name": "Femi", "client_last_name": "Brooks", "client_cell_phone": "402-320-5759"}""";

    private static readonly CasePeerPushReceiver Receiver = new(
        PlatformKey,
        ["a.reyes@firm.example"],
        new FakeClock(Instant.FromUtc(2026, 11, 25, 2, 0)));

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
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(Math.Max(500, Fuzzing.FuzzBudget.RunsPerSurface)).WithQuietOnSuccess(true),
            property);
        Assert.True(Receiver.Receive(PlatformKey, Body).IsValid);
        output.WriteLine($"casepeer/push key: {tried} random keys tried, every one refused with ConnectorAuthenticationException.");
    }

    [Fact]
    public void The_push_receiver_compares_keys_with_FixedTimeEquals_and_no_ordinary_string_comparison()
    {
        var calls = CalledMethods(typeof(CasePeerPushReceiver).GetMethod(nameof(CasePeerPushReceiver.Receive))!);
        Assert.Contains(
            calls,
            m => m.DeclaringType == typeof(CryptographicOperations) && m.Name == nameof(CryptographicOperations.FixedTimeEquals));
        Assert.DoesNotContain(
            calls,
            m => m.DeclaringType == typeof(string) && m.Name is "Equals" or "op_Equality" or "CompareOrdinal" or "Compare");
        Assert.DoesNotContain(calls, m => m.Name == "SequenceEqual");
    }

    private static readonly byte[] MyCaseBody = Encoding.UTF8.GetBytes(
        """{"resource": "case", "action": "updated", "resource_body": {"id": 1042}}""");
    private static readonly string MyCaseSignature = MyCaseWebhookSignature.Compute(MyCaseBody, MyCaseSurfaces.HmacKey);
    private static readonly Lazy<MyCaseWebhooks> MyCaseReceiver = new(
        () => MyCaseSurfaces.Host(new MockNetwork()).GetRequiredService<MyCaseWebhooks>());

    public static TheoryData<string?> MyCaseNearMisses()
    {
        var valid = MyCaseSignature;
        var bytes = Convert.FromHexString(valid);
        var base64 = Convert.ToBase64String(bytes);
        var flipped = (char)(base64.First(char.IsAsciiLetter) ^ 0x20);
        var otherKey = MyCaseWebhookSignature.Compute(MyCaseBody, MyCaseSurfaces.HmacKey + "x");
        return
        [
            null, "", " ", "sha256=", valid[..^1], valid[..^2], valid[..(valid.Length / 2)], valid + "0", valid + "00",
            valid[..^1] + (valid[^1] == '0' ? '1' : '0'), // one hex digit off
            base64.Replace(base64.First(char.IsAsciiLetter), flipped), // base64 in another case: other bytes
            base64[..^2], // base64 truncated
            // another algorithm
            "sha256=" + MyCaseWebhookSignature.Compute(MyCaseBody, MyCaseSurfaces.HmacKey, MyCaseWebhookSignatureAlgorithm.HmacSha1),
            "sha512=" + MyCaseWebhookSignature.Compute(MyCaseBody, MyCaseSurfaces.HmacKey, MyCaseWebhookSignatureAlgorithm.HmacSha512),
            "sha256=" + otherKey, // another key
            "sha256=" + MyCaseWebhookSignature.Compute([.. MyCaseBody, (byte)'\n'], MyCaseSurfaces.HmacKey), // another body
            MyCaseSurfaces.HmacKey, // the key itself
            new string('0', valid.Length), new string('f', 1 << 20), "sha256=" + new string('A', 1 << 20), // huge
            "\ud800" + valid[1..], valid + "\0", $"Bearer {valid}",
        ];
    }

    [Theory]
    [MemberData(nameof(MyCaseNearMisses))]
    public void A_MyCase_webhook_signature_that_is_truncated_of_another_algorithm_key_or_body_empty_or_huge_is_refused(string? presented)
    {
        var refused = Assert.Throws<ConnectorAuthenticationException>(() => MyCaseReceiver.Value.ReadDelivery(
            MyCaseBody,
            presented,
            MyCaseSurfaces.HmacKey));
        Assert.DoesNotContain(MyCaseSurfaces.HmacKey, refused.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(MyCaseSignature, refused.ToString(), StringComparison.OrdinalIgnoreCase);
        if (presented is { Length: > 8 })
        {
            Assert.DoesNotContain(presented, refused.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_valid_MyCase_signature_is_accepted_as_hex_in_either_case_and_as_base64()
    {
        // Hex digits in another case are the same bytes: accepted by design (MyCase does not publish the encoding).
        foreach (var form in new[]
        {
            MyCaseSignature,
            MyCaseSignature.ToUpperInvariant(),
            "sha256=" + MyCaseSignature,
            Convert.ToBase64String(Convert.FromHexString(MyCaseSignature)),
        })
        {
            Assert.Equal(1042, MyCaseReceiver.Value.ReadDelivery(MyCaseBody, form, MyCaseSurfaces.HmacKey).Id);
        }
    }

    [Fact]
    public void Random_MyCase_signatures_are_refused()
    {
        var tried = 0;
        var property = Prop.ForAll(ArbMap.Default.ArbFor<string>(), presented =>
        {
            tried++;
            return Assert.Throws<ConnectorAuthenticationException>(() => MyCaseReceiver.Value.ReadDelivery(
                MyCaseBody,
                presented,
                MyCaseSurfaces.HmacKey)) is not null;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Math.Max(500, FuzzBudget.RunsPerSurface)).WithQuietOnSuccess(true), property);
        output.WriteLine(
            $"mycase/webhook signature: {tried} random signatures tried, every one refused with ConnectorAuthenticationException.");
    }

    [Fact]
    public void The_MyCase_webhook_signature_is_compared_with_FixedTimeEquals_and_no_ordinary_comparison()
    {
        var calls = CalledMethods(typeof(MyCaseWebhookSignature).GetMethod(nameof(MyCaseWebhookSignature.Verify))!);
        Assert.Contains(
            calls,
            m => m.DeclaringType == typeof(CryptographicOperations) && m.Name == nameof(CryptographicOperations.FixedTimeEquals));
        Assert.DoesNotContain(
            calls,
            m => m.DeclaringType == typeof(string) && m.Name is "Equals" or "op_Equality" or "CompareOrdinal" or "Compare");
        Assert.DoesNotContain(calls, m => m.Name is "SequenceEqual" or "SequenceCompareTo");
    }

    /// <summary>The methods a method body calls, read from its IL (call, callvirt, newobj).</summary>
    private static List<MethodBase> CalledMethods(MethodInfo method)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray()!;
        var oneByte = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .Where(o => o.Size == 1)
            .ToDictionary(o => o.Value);
        var twoByte = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .Where(o => o.Size == 2)
            .ToDictionary(o => (byte)(o.Value & 0xFF));
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
