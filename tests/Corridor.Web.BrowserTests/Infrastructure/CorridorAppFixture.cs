using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Corridor.Web.BrowserTests.Infrastructure;

/// <summary>
/// The real app on a free localhost port with a fresh SQLite file (the hosted service seeds the demo corridor), and
/// Debian's chromium driven by Playwright. Shared by every browser test; the tests run one after another.
/// </summary>
public sealed class CorridorAppFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium (scripts/browser-setup.sh); CORRIDOR_CHROMIUM overrides the path.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CORRIDOR_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    readonly string databaseFile = Path.Combine(Path.GetTempPath(), $"corridor-browser-{Guid.NewGuid():N}.db");
    WebApplication? app;
    IPlaywright? playwright;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");
    public IBrowser Browser { get; private set; } = null!;
    public HttpClient Api { get; private set; } = null!;
    public int CorridorId { get; private set; }
    public static JsonSerializerOptions Json { get; } = CreateJson();

    /// <summary>Screenshots go to $ARTIFACTS/screenshots when ARTIFACTS is set, else to screenshots/ beside the test assembly.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("ARTIFACTS") is { Length: > 0 } artifacts ? artifacts : AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        // applicationName: the pages are discovered in the app's assembly, not in the test host that started it.
        app = CorridorWebApp.Create(
            ["--urls", "http://127.0.0.1:0", "--Corridor:Database", databaseFile, "--contentRoot", WebProjectDirectory(),
             "--applicationName", typeof(CorridorWebApp).Assembly.GetName().Name!, "--Logging:LogLevel:Default", "Warning"]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.TrimEnd('/') + "/");
        Api = new HttpClient { BaseAddress = BaseUrl };
        // The API's member endpoints need a signed-in caller: the demo chain director, through an API token.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Corridor.Data.CorridorDb>();
            var director = db.Users.Single(u => u.NormalizedUserName == Corridor.Data.Accounts.AccountStore.Normalise("director@corridor.demo"));
            var (token, _) = await Corridor.Data.Accounts.AccountStore.CreateTokenAsync(db, director.Id, "browser-tests", DateTime.UtcNow);
            Api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        var corridors = await Api.GetFromJsonAsync<JsonElement>("api/corridors", Json);
        CorridorId = corridors.EnumerateArray().First().GetProperty("id").GetInt32();

        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"No browser at {ChromiumPath}: run scripts/browser-setup.sh (installs Debian's chromium).");
        // Playwright must never fetch a browser of its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>A fresh browser context (own cookies) with the given language and a laptop-sized window.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-GB", int width = 1366, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(), Locale = locale, ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000); // CI has 2 cores shared by the app, the browser and the test host
        return page;
    }

    public async Task DisposeAsync()
    {
        if (playwright is not null)
        {
            await Browser.CloseAsync();
            playwright.Dispose();
        }
        Api?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(databaseFile + suffix);
    }

    static string WebProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corridor.slnx"))) return Path.Combine(dir.FullName, "src", "Corridor.Web");
        }
        throw new InvalidOperationException("Corridor.slnx not found above " + AppContext.BaseDirectory + ": the pages' static files live in src/Corridor.Web/wwwroot.");
    }

    static JsonSerializerOptions CreateJson()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        CorridorWebApp.ConfigureJson(o);
        return o;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<CorridorAppFixture>
{
    public const string Name = "browser";
}
