namespace Connectors.Sandbox.Recording;

/// <summary>One write the sandbox accepted and applied to its state.</summary>
/// <param name="Vendor">The vendor prefix (<c>casepeer</c>).</param>
/// <param name="Operation">What was written (<c>note</c>, <c>document</c>, <c>status</c>...).</param>
/// <param name="ResourceId">The resource written to (a case id).</param>
/// <param name="IdempotencyKey">The idempotency key the request carried, if any.</param>
/// <param name="Detail">A short description (no personal data).</param>
/// <param name="At">When the sandbox applied it.</param>
public sealed record WriteRecord(
    string Vendor,
    string Operation,
    string ResourceId,
    string? IdempotencyKey,
    string Detail,
    DateTimeOffset At)
{
    /// <summary>The sandbox tenant (firm) whose vendor applied the write; null for a vendor served without tenants.</summary>
    public string? Tenant { get; init; }
}
