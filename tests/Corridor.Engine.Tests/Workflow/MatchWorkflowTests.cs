using Corridor.Engine.Domain;
using Corridor.Engine.Workflow;
using static Corridor.Engine.Domain.MatchStatus;
using static Corridor.Engine.Workflow.MatchAction;
using static Corridor.Engine.Workflow.MatchRole;

namespace Corridor.Engine.Tests.Workflow;

public sealed class MatchWorkflowTests
{
    static readonly bool[] Both = [false, true];

    /// <summary>Every allowed (status, action, role, through a hub?) combination; everything else is forbidden.</summary>
    static readonly HashSet<(MatchStatus, MatchAction, MatchRole, bool)> AllowedCombinations = Build(
        (Proposed, AcceptSupply, [SupplyPartner, Director], Both),
        (Proposed, AcceptDemand, [DemandPartner, Director], Both),
        (Proposed, Reject, [SupplyPartner, DemandPartner, Director], Both),
        (Accepted, Reserve, [DemandPartner, Director], Both),
        (Reserved, Harvest, [SupplyPartner, Director], Both),
        (Harvested, Ship, [SupplyPartner, Director], Both),
        (InTransit, ArriveAtHub, [HubOperator, Director], [true]),
        (InTransit, Deliver, [DemandPartner, Director], [false]),
        (AtHub, Deliver, [HubOperator, DemandPartner, Director], [true]),
        (Delivered, Install, [DemandPartner, Director], Both),
        (Accepted, Cancel, [SupplyPartner, DemandPartner, Director], Both),
        (Reserved, Cancel, [SupplyPartner, DemandPartner, Director], Both),
        (Harvested, Cancel, [SupplyPartner, DemandPartner, Director], Both),
        (InTransit, Cancel, [SupplyPartner, DemandPartner, Director], Both),
        (AtHub, Cancel, [SupplyPartner, DemandPartner, Director], [true]),
        (Delivered, Cancel, [SupplyPartner, DemandPartner, Director], Both));


    static HashSet<(MatchStatus, MatchAction, MatchRole, bool)> Build(params (MatchStatus S, MatchAction A, MatchRole[] Roles, bool[] Hub)[] rows) =>
        rows.SelectMany(r => r.Roles.SelectMany(role => r.Hub.Select(h => (r.S, r.A, role, h)))).ToHashSet();

    public static TheoryData<MatchStatus, MatchAction, MatchRole, bool> AllCombinations()
    {
        var data = new TheoryData<MatchStatus, MatchAction, MatchRole, bool>();
        foreach (var s in Enum.GetValues<MatchStatus>())
            foreach (var a in Enum.GetValues<MatchAction>())
                foreach (var r in Enum.GetValues<MatchRole>())
                    foreach (var h in Both)
                        data.Add(s, a, r, h);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void IsAllowed_EveryCombination_MatchesTheTable(MatchStatus status, MatchAction action, MatchRole role, bool hasHub) =>
        Assert.Equal(AllowedCombinations.Contains((status, action, role, hasHub)), MatchWorkflow.IsAllowed(status, action, role, hasHub));

    [Fact]
    public void AtHub_WithoutAHub_IsUnreachable_AndTheDirectorMayDoEverythingAnyoneMay()
    {
        foreach (var (s, a, _, h) in AllowedCombinations)
            Assert.True(MatchWorkflow.IsAllowed(s, a, Director, h), $"{s} {a} {h}");
        Assert.DoesNotContain(AllowedCombinations, c => c.Item2 == ArriveAtHub && !c.Item4);
    }

    [Theory]
    [InlineData(false, new[] { Proposed, Accepted, Reserved, Harvested, InTransit, Delivered, Installed })]
    [InlineData(true, new[] { Proposed, Accepted, Reserved, Harvested, InTransit, AtHub, Delivered, Installed })]
    public void Director_FollowingTheFirstForwardAction_WalksTheWholeLife(bool hasHub, MatchStatus[] expected)
    {
        var path = new List<MatchStatus> { Proposed };
        var status = MatchWorkflow.Next(Proposed, AcceptSupply, hasHub, otherSideAccepted: false);
        Assert.Equal(Proposed, status);
        status = MatchWorkflow.Next(status, AcceptDemand, hasHub, otherSideAccepted: true);
        path.Add(status);
        while (MatchWorkflow.Allowed(status, hasHub, [Director]).Where(a => a is not (Cancel or Reject)).ToList() is [var next, ..])
        {
            status = MatchWorkflow.Next(status, next, hasHub);
            path.Add(status);
        }
        Assert.Equal(expected, path);
    }

    [Fact]
    public void Allowed_LeavesOutSidesThatAlreadyAccepted_AndCombinesRoles()
    {
        Assert.Equal([AcceptDemand, Reject], MatchWorkflow.Allowed(Proposed, false, [Director], supplyAccepted: true));
        Assert.Equal([AcceptSupply, AcceptDemand, Reject], MatchWorkflow.Allowed(Proposed, false, [SupplyPartner, DemandPartner]));
        Assert.Empty(MatchWorkflow.Allowed(Installed, true, Enum.GetValues<MatchRole>()));
        Assert.Equal([ArriveAtHub], MatchWorkflow.Allowed(InTransit, true, [HubOperator]));
    }

    [Theory]
    [InlineData("accept_supply", AcceptSupply)]
    [InlineData("arrive_at_hub", ArriveAtHub)]
    [InlineData("Install", Install)]
    public void TryParse_ReadsTheApiNames(string text, MatchAction expected)
    {
        Assert.True(MatchWorkflow.TryParse(text, out var action));
        Assert.Equal(expected, action);
        Assert.Equal(text.Contains('_', StringComparison.Ordinal) ? text : MatchWorkflow.Name(expected), MatchWorkflow.Name(action));
        Assert.False(MatchWorkflow.TryParse("3", out _));
        Assert.False(MatchWorkflow.TryParse("fly", out _));
        Assert.False(MatchWorkflow.TryParse(MatchWorkflow.AcceptName, out _)); // "accept" is the caller's, for every side it may accept
        Assert.True(MatchWorkflow.NeedsReason(Cancel) && MatchWorkflow.NeedsReason(Reject) && !MatchWorkflow.NeedsReason(Ship));
    }
}
