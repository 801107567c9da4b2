using NodaTime;

namespace Connectors.Core.Scheduling;

/// <summary>When a recurring job runs. The host owns the timer; a schedule only answers 'when next'.</summary>
public interface ISchedule
{
    /// <summary>The first run instant strictly after <paramref name="after"/>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "Naming",
        "CA1716",
        Justification = "The agreed name; 'Next' is only a keyword in Visual Basic.")]
    Instant Next(Instant after);
}
