using Connectors.MyCase.Authentication;

using Fleet.Host.Database;

using NodaTime;

namespace Fleet.Host.Stores;

/// <summary>
/// A MyCase firm's <see cref="IMyCaseTokenStore"/> in the fleet database, shared by every node: one row per firm key
/// with a version. A write is a compare-and-swap in one statement: the first (version 0 expected) inserts only if no row
/// is there, every later one updates only the row still at the version the writer read; the rows it changed say who
/// won. So of two nodes refreshing at once only one claims the refresh token (see the SDK's token manager). The tokens
/// are stored plainly, as the sample's data is: encrypting them at rest (a column key, a vault) is the host's job.
/// </summary>
public sealed class AdoMyCaseTokenStore : IMyCaseTokenStore
{
    private const string Select = """
        SELECT version, access_token, refresh_token, access_token_expires_at, refresh_token_expires_at, firm_uuid, scope,
               claim_owner, claim_until
        FROM fleet_mycase_tokens WHERE firm_key = @firm
        """;

    private const string Insert = """
        INSERT INTO fleet_mycase_tokens
            (firm_key, version, access_token, refresh_token, access_token_expires_at, refresh_token_expires_at, firm_uuid, scope,
             claim_owner, claim_until)
        VALUES (@firm, @next, @access, @refresh, @access_expires, @refresh_expires, @firm_uuid, @scope, @owner, @until)
        ON CONFLICT (firm_key) DO NOTHING
        """;

    private const string Update = """
        UPDATE fleet_mycase_tokens SET
            version = @next, access_token = @access, refresh_token = @refresh, access_token_expires_at = @access_expires,
            refresh_token_expires_at = @refresh_expires, firm_uuid = @firm_uuid, scope = @scope,
            claim_owner = @owner, claim_until = @until
        WHERE firm_key = @firm AND version = @expected
        """;

    private readonly FleetDatabase _database;
    private readonly string _firmKey;

    /// <summary>The store of firm <paramref name="firmKey"/>'s tokens.</summary>
    public AdoMyCaseTokenStore(FleetDatabase database, string firmKey)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentException.ThrowIfNullOrWhiteSpace(firmKey);
        _database = database;
        _firmKey = firmKey;
    }

    /// <inheritdoc />
    public async ValueTask<MyCaseStoredTokens?> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(Select, null, ("firm", _firmKey));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var tokens = new MyCaseTokens(
            reader.GetString(1),
            reader.GetString(2),
            Instant.FromUnixTimeTicks(reader.GetInt64(3)),
            Instant.FromUnixTimeTicks(reader.GetInt64(4)),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            reader.IsDBNull(6) ? null : reader.GetString(6));
        var claim = reader.IsDBNull(7) || reader.IsDBNull(8)
            ? null
            : new MyCaseRefreshClaim(reader.GetString(7), Instant.FromUnixTimeTicks(reader.GetInt64(8)));
        return new MyCaseStoredTokens(tokens, reader.GetInt64(0), claim);
    }

    /// <inheritdoc />
    public async ValueTask<bool> TrySaveAsync(
        MyCaseTokens tokens, MyCaseRefreshClaim? claim, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            expectedVersion == 0 ? Insert : Update,
            null,
            ("firm", _firmKey),
            ("next", expectedVersion + 1),
            ("access", tokens.AccessToken),
            ("refresh", tokens.RefreshToken),
            ("access_expires", tokens.AccessTokenExpiresAt.ToUnixTimeTicks()),
            ("refresh_expires", tokens.RefreshTokenExpiresAt.ToUnixTimeTicks()),
            ("firm_uuid", tokens.FirmUuid),
            ("scope", tokens.Scope),
            ("owner", claim?.Owner),
            ("until", claim?.Until.ToUnixTimeTicks()));
        if (expectedVersion > 0)
        {
            var expected = command.CreateParameter();
            expected.ParameterName = "expected";
            expected.Value = expectedVersion;
            command.Parameters.Add(expected);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }
}
