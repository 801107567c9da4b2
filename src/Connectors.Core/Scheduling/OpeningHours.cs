using NodaTime;

namespace Connectors.Core.Scheduling;

/// <summary>One day's opening hours, local: <c>[Opens, Closes)</c>.</summary>
/// <param name="Opens">Local opening time.</param>
/// <param name="Closes">Local closing time; after <paramref name="Opens"/>.</param>
public sealed record OpeningHours(LocalTime Opens, LocalTime Closes);
