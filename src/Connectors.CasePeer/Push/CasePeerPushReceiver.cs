using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using Connectors.CasePeer.Models;
using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Validation;

using NodaTime;

namespace Connectors.CasePeer.Push;

/// <summary>
/// The platform's side of "Connect to Case Status": authenticates the caller's key (the platform key the firm pasted
/// into CASEpeer) in constant time, then turns the pushed case into a <see cref="SourceCase"/> or lists every
/// problem: attorney email not an attorney user, client cell phone missing or invalid, first or last name missing.
/// </summary>
public sealed class CasePeerPushReceiver
{
    private readonly byte[] _platformKey;
    private readonly CaseValidator _validator;
    private readonly IClock _clock;

    /// <summary>Creates a receiver.</summary>
    /// <param name="platformKey">The platform API key issued to the firm for CASEpeer.</param>
    /// <param name="knownAttorneyEmails">The platform's attorney users.</param>
    /// <param name="clock">Stamps the received case's update time.</param>
    public CasePeerPushReceiver(string platformKey, IEnumerable<string> knownAttorneyEmails, IClock clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platformKey);
        _platformKey = Encoding.UTF8.GetBytes(platformKey);
        _validator = new CaseValidator(knownAttorneyEmails);
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>Receives a push.</summary>
    /// <param name="presentedKey">The key the caller sent.</param>
    /// <param name="json">The pushed case, as JSON.</param>
    /// <exception cref="ConnectorAuthenticationException">The key is missing or wrong (the message never holds a key).</exception>
    /// <exception cref="ConnectorValidationException">The body is not a pushed case.</exception>
    public CasePeerPushResult Receive(string? presentedKey, string json)
    {
        // Compare in constant time whatever the presented key's length: hash both to a fixed size first.
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey ?? string.Empty));
        if (!CryptographicOperations.FixedTimeEquals(presented, SHA256.HashData(_platformKey)))
        {
            throw new ConnectorAuthenticationException(
                "POST (Connect to Case Status)",
                System.Net.HttpStatusCode.Unauthorized,
                "The CASEpeer push carried a missing or wrong platform key: check the key entered in CASEpeer's Integrations settings.");
        }

        CasePeerPushedCase? pushed;
        try
        {
            pushed = JsonSerializer.Deserialize(json, CasePeerJsonContext.Default.CasePeerPushedCase);
        }
        catch (JsonException)
        {
            pushed = null;
        }

        if (pushed is null || pushed.CaseId <= 0)
        {
            throw new ConnectorValidationException(
                "Connect to Case Status", ["The body is not a CASEpeer case (it needs case_id and the case fields)."]);
        }

        var source = CasePeerMapper.ToSourceCase(pushed, _clock.GetCurrentInstant());
        var problems = _validator.Validate(source);
        return problems.Count == 0 ? new CasePeerPushResult(source, []) : new CasePeerPushResult(null, problems);
    }
}
