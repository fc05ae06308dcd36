using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Corridor.Web.BrowserTests.Pages;

/// <summary>Plan review (/plans, /plans/{id}): the run form, the plan's totals, map, matches and unmatched lots.</summary>
public sealed partial class PlansPage(IPage page) : CorridorPage(page)
{
    public async Task OpenAsync(int? plan = null)
    {
        await Page.GotoAsync(plan is null ? "/plans" : $"/plans/{plan}");
        await WaitForMapsAsync();
    }

    public ILocator RunButton => Page.Locator("#run-submit");
    public ILocator RunForm => Page.Locator("#run-form");
    public ILocator RunStatus => Page.Locator("#run-status");
    public ILocator RunErrors => Page.Locator("#run-errors");

    public async Task FillRulesAsync(double maxDistanceKm, string vehicle, string resolution = "week")
    {
        await Page.Locator("#run-distance").FillAsync(maxDistanceKm.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.Locator("#run-vehicle").SelectOptionAsync(vehicle);
        await Page.Locator($"input[name='Resolution'][value='{resolution}']").CheckAsync();
    }

    /// <summary>Starts the run; the caller waits for the outcome (<see cref="WaitForPlanAsync"/> or the errors).</summary>
    public Task StartRunAsync() => RunButton.ClickAsync();

    public async Task WaitForPlanAsync()
    {
        await Page.WaitForURLAsync(PlanUrl());
        await WaitForMapsAsync();
    }

    public async Task<int> PlanIdAsync() => int.Parse(await Page.Locator("article#plan").GetAttributeAsync("data-plan") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    public Task<string> TotalAsync(string name) => Page.Locator($"[data-total='{name}']").InnerTextAsync();

    public Task<string> GapNoteAsync() => Page.Locator("#gap-note").InnerTextAsync();

    public Task<int> SourceCountAsync() => Page.Locator("#plan-sources li").CountAsync();

    public ILocator MatchRows => Page.Locator("#match-table tbody tr");

    public ILocator Row(int match) => Page.Locator($"#match-{match}");

    public async Task<IReadOnlyList<int>> MatchIdsAsync(string status) =>
        (await Page.Locator($"#match-table tbody tr[data-status='{status}']").EvaluateAllAsync<int[]>("rs => rs.map(r => +r.dataset.match)")).ToList();

    public async Task<string> StatusAsync(int match) => await Row(match).GetAttributeAsync("data-status") ?? "";

    public Task<string> StatusTextAsync(int match) => Row(match).Locator("td.status").InnerTextAsync();

    /// <summary>Accepts with the keyboard: focus the row's accept button and press Enter; waits for the new status.</summary>
    public async Task AcceptWithKeyboardAsync(int match)
    {
        await Row(match).Locator("button.accept").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForFunctionAsync($"() => document.getElementById('match-{match}').dataset.status !== 'proposed'");
    }

    public ILocator RejectDialog => Page.Locator("#reject-dialog");

    /// <summary>Clicks reject, which opens the dialog asking for a reason; <see cref="ConfirmRejectAsync"/> sends it.</summary>
    public Task StartRejectAsync(int match) => Row(match).Locator("button.reject").ClickAsync();

    public async Task ConfirmRejectAsync(int match, string reason)
    {
        await Page.Locator("#reject-reason").FillAsync(reason);
        await Page.Locator("#reject-confirm").ClickAsync();
        await Page.WaitForFunctionAsync($"() => document.getElementById('match-{match}').dataset.status !== 'proposed'");
    }

    /// <summary>Plan lines on the map, all or of one kind (direct, via-hub).</summary>
    public Task<int> LineCountAsync(string? kind = null) =>
        Page.Locator(kind is null ? "#plan-map path.plan-line" : $"#plan-map path.plan-line[data-kind='{kind}']").CountAsync();

    public async Task<IReadOnlyList<string>> UnmatchedReasonsAsync() =>
        (await Page.Locator("#unmatched details.reason-group").EvaluateAllAsync<string[]>("ds => ds.map(d => d.dataset.reason)")).ToList();

    [GeneratedRegex(@"/plans/\d+")]
    private static partial Regex PlanUrl();
}
