using Connectors.CaseXchange.Referrals;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

using static Connectors.CaseXchange.Referrals.ReferralStatus;

namespace Connectors.CaseXchange.Tests;

public class ReferralStateMachineTests
{
    [Fact]
    public void There_are_13_statuses_with_the_apis_spelling()
    {
        Assert.Equal(13, ReferralStatus.Known.Count);
        Assert.Equal("under_evaluation", UnderEvaluation.Value);
        Assert.True(new ReferralStatus("draft").IsKnown);
    }

    [Fact]
    public void The_documented_flow_is_allowed_step_by_step()
    {
        ReferralStatus[] flow = [Draft, Sent, Received, UnderEvaluation, Investigating, Signed, InLitigation, Closing, Closed];

        Assert.All(flow.Zip(flow.Skip(1)), step => Assert.True(ReferralStateMachine.CanTransition(step.First, step.Second)));
        Assert.True(ReferralStateMachine.CanTransition(Sent, Rejected));
        Assert.True(ReferralStateMachine.CanTransition(Sent, Withdrawn));
        Assert.True(ReferralStateMachine.CanTransition(Closing, Won));
    }

    [Fact]
    public void A_skipped_step_is_refused_before_sending_with_the_allowed_next_statuses()
    {
        var error = Assert.Throws<ReferralTransitionException>(() => ReferralStateMachine.EnsureAllowed(Draft, Signed));

        Assert.Null(error.StatusCode);
        Assert.Equal((Draft, Signed), (error.From, error.To));
        Assert.Contains("'sent'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Closing_needs_a_closing_status()
    {
        Assert.Throws<ReferralTransitionException>(() => ReferralStateMachine.EnsureAllowed(Signed, Closing));
        ReferralStateMachine.EnsureAllowed(Signed, Closing, ClosingStatus.WonSettled);
    }

    [Fact]
    public void An_unknown_status_from_the_server_is_kept_and_allows_no_transition()
    {
        var future = new ReferralStatus("on_hold");

        Assert.False(future.IsKnown);
        Assert.Equal("on_hold", future.ToString());
        Assert.Empty(ReferralStateMachine.Next(future));
        Assert.Throws<ReferralTransitionException>(() => ReferralStateMachine.EnsureAllowed(future, Closed, ClosingStatus.Lost));
    }

    [Fact]
    public void Terminal_statuses_go_nowhere()
    {
        Assert.All(ReferralStatus.Known.Where(s => s.IsTerminal), s => Assert.Empty(ReferralStateMachine.Next(s)));
    }

    [Property(MaxTest = 500)]
    public Property No_transition_outside_the_table_is_ever_let_through() =>
        Prop.ForAll(Statuses(), Statuses(), (from, to) =>
        {
            var allowed = ReferralStateMachine.Next(from).Contains(to);
            try
            {
                ReferralStateMachine.EnsureAllowed(from, to, ClosingStatus.Lost);
                return allowed;
            }
            catch (ReferralTransitionException)
            {
                return !allowed;
            }
        });

    private static Arbitrary<ReferralStatus> Statuses() => Gen.Elements(ReferralStatus.Known.ToArray()).ToArbitrary();
}
