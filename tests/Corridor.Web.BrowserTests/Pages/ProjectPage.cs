using System.Text;
using Microsoft.Playwright;

namespace Corridor.Web.BrowserTests.Pages;

public sealed record UploadError(string File, string Row, string Column, string Value, string Message);

public sealed class ProjectPage(IPage page) : CorridorPage(page)
{
    public Task OpenAsync(string code) => Page.GotoAsync("/projects/" + Uri.EscapeDataString(code));

    public async Task UploadAsync(params (string Name, string Text)[] files)
    {
        await Page.Locator("#upload-files").SetInputFilesAsync(files.Select(f => new FilePayload
        {
            Name = f.Name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(f.Text),
        }));
        await Page.Locator("#upload-submit").ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>Runs the inventory estimate from the project's own facts and waits for its result.</summary>
    public async Task EstimateAsync()
    {
        await Page.Locator("#estimate-button").ClickAsync();
        await Page.Locator("#estimate-result").WaitForAsync();
    }

    public Task<string?> PassportHtmlLinkAsync() => Page.Locator("a[href*='/passport?format=html']").GetAttributeAsync("href");

    public ILocator Errors => Page.Locator("#upload-errors");
    public ILocator Success => Page.Locator("#upload-success");

    public async Task<IReadOnlyList<UploadError>> ErrorRowsAsync()
    {
        var cells = await Page.Locator("#upload-errors table.issues tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [...r.cells].map(c => c.innerText.trim()))");
        return cells.Select(c => new UploadError(c[0], c[2], c[3], c[4], c[5])).ToList();
    }

    public async Task<int> CreatedCountAsync(int row) =>
        int.Parse(await Page.Locator($"#upload-success table.counts tbody tr >> nth={row} >> td >> nth=0").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IReadOnlyList<string>> LotCodesAsync() =>
        (await Page.Locator("#inventory tbody tr").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.lot)")).ToList();
}
