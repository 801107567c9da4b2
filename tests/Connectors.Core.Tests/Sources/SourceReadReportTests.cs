using Connectors.Core.Sources;
using Connectors.Core.Windows;

namespace Connectors.Core.Tests.Sources;

public class SourceReadReportTests
{
    [Fact]
    public void A_report_is_incomplete_until_the_source_says_otherwise()
    {
        var report = new SourceReadReport();

        Assert.False(report.IsComplete);
        Assert.NotNull(report.IncompleteReason);
    }

    [Fact]
    public void A_read_of_a_bounded_window_is_never_complete()
    {
        var report = new SourceReadReport();

        report.ReportComplete(new SyncWindow(TestCases.Now - Duration.FromDays(365), TestCases.Now));

        Assert.False(report.IsComplete);
        Assert.Contains("window", report.IncompleteReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Anything_left_out_keeps_the_read_incomplete_whatever_follows()
    {
        var report = new SourceReadReport();

        report.ReportLeftOut("2 cases dated outside the window were left out.");
        report.ReportComplete(SyncWindow.Unbounded);

        Assert.False(report.IsComplete);
        Assert.Equal("2 cases dated outside the window were left out.", report.IncompleteReason);
    }

    [Fact]
    public void A_read_of_all_time_with_nothing_left_out_is_complete()
    {
        var report = new SourceReadReport();

        report.ReportComplete(SyncWindow.Unbounded);

        Assert.True(report.IsComplete);
        Assert.Null(report.IncompleteReason);
    }
}
