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
/// Debian's chromium driven by Playwright. One per collection; the tests run one after another. The browser is
/// launched once per test process (<see cref="SharedBrowser"/>) and every page gets a context of its own, closed
/// after its test (<see cref="ClosePagesAfterTestAttribute"/>).
/// </summary>
public sealed class CorridorAppFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium (scripts/browser-setup.sh); CORRIDOR_CHROMIUM overrides the path.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CORRIDOR_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    readonly string databaseFile = Path.Combine(Path.GetTempPath(), $"corridor-browser-{Guid.NewGuid():N}.db");
    WebApplication? app;

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
        // The demo corridor is seeded by the first app's start; the other collections' apps start on a copy of it (the
        // collections start side by side: they wait here for the first).
        await StartGate.WaitAsync();
        try
        {
            if (demoTemplate is not null) File.Copy(await demoTemplate, databaseFile);
            await StartAppAsync();
        }
        finally
        {
            StartGate.Release();
        }
        Api = new HttpClient { BaseAddress = BaseUrl };
        // Test setup through the API acts as the demo chain director, with a token like any machine client.
        await using (var scope = app!.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Corridor.Data.CorridorDb>();
            var director = db.Users.Single(u => u.NormalizedUserName == Corridor.Data.Accounts.AccountStore.Normalise("director@corridor.demo"));
            var (token, _) = await Corridor.Data.Accounts.AccountStore.CreateTokenAsync(db, director.Id, "browser tests", DateTime.UtcNow);
            Api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        var corridors = await Api.GetFromJsonAsync<JsonElement>("api/corridors", Json);
        CorridorId = corridors.EnumerateArray().First().GetProperty("id").GetInt32();

        Browser = await SharedBrowser.Value;
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    async Task StartAppAsync()
    {
        // applicationName: the pages are discovered in the app's assembly, not in the test host that started it.
        app = CorridorWebApp.Create(
            ["--urls", "http://127.0.0.1:0", "--Corridor:Database", databaseFile, "--contentRoot", WebProjectDirectory(), "--Corridor:PublicPageCacheSeconds", "0",
             "--applicationName", typeof(CorridorWebApp).Assembly.GetName().Name!, "--Logging:LogLevel:Default", "Warning"]);
        await app.StartAsync();
        if (demoTemplate is null) await (demoTemplate = SnapshotAsync(databaseFile)); // before any test changes it
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>The demo database as the first app's start seeded it, before any test changed it; deleted at exit.</summary>
    static Task<string>? demoTemplate;
    static readonly SemaphoreSlim StartGate = new(1);

    static async Task<string> SnapshotAsync(string databaseFile)
    {
        var file = Path.Combine(Path.GetTempPath(), $"corridor-browser-demo-{Guid.NewGuid():N}.db");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={databaseFile}"))
        {
            await connection.OpenAsync();
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $file";
            vacuum.Parameters.AddWithValue("$file", file);
            await vacuum.ExecuteNonQueryAsync();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(file);
        return file;
    }

    /// <summary>One chromium for the whole test process: launching it is slow, a context (own cookies, storage) is cheap.</summary>
    static readonly Lazy<Task<IBrowser>> SharedBrowser = new(async () =>
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"No browser at {ChromiumPath}: run scripts/browser-setup.sh (installs Debian's chromium).");
        // Playwright must never fetch a browser of its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            // xunit v2 has no assembly fixture: close chromium and the Playwright driver when the test process ends.
            Task.WaitAny(browser.CloseAsync(), Task.Delay(TimeSpan.FromSeconds(10)));
            playwright.Dispose();
        };
        return browser;
    });

    /// <summary>
    /// The contexts made by the running test: <see cref="ClosePagesAfterTestAttribute"/> starts the list before the test
    /// and closes them after it (the list flows into the test as an AsyncLocal, so collections may run side by side).
    /// Contexts made outside a test are closed with the fixture.
    /// </summary>
    static readonly AsyncLocal<List<IBrowserContext>?> TestContexts = new();
    readonly List<IBrowserContext> ownContexts = [];

    internal static void BeginTest() => TestContexts.Value = [];

    internal static void EndTest()
    {
        var list = TestContexts.Value;
        TestContexts.Value = null;
        if (list is null) return;
        IBrowserContext[] open;
        lock (list) open = [.. list];
        Close(open);
    }

    static void Close(IEnumerable<IBrowserContext> contexts)
    {
        foreach (var context in contexts)
            context.CloseAsync().Wait(TimeSpan.FromSeconds(10));
    }

    /// <summary>A fresh browser context (own cookies) with the given language and a laptop-sized window.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-GB", int width = 1366, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(), Locale = locale, ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        if (TestContexts.Value is { } forTest) lock (forTest) forTest.Add(context);
        else lock (ownContexts) ownContexts.Add(context);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000); // CI has 2 cores shared by the app, the browser and the test host
        return page;
    }

    /// <summary>A fresh page signed in through the sign-in form as one of the demo accounts (password corridor-demo).</summary>
    public async Task<IPage> SignedInPageAsync(string email = "director@corridor.demo", string locale = "en-GB", int width = 1366, int height = 900,
        string? password = null)
    {
        var page = await NewPageAsync(locale, width, height);
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel(locale.StartsWith("nl", StringComparison.Ordinal) ? "E-mailadres" : "E-mail address").FillAsync(email);
        await page.GetByLabel(locale.StartsWith("nl", StringComparison.Ordinal) ? "Wachtwoord" : "Password").FillAsync(password ?? Corridor.Data.Demo.DemoAccounts.Password);
        await page.Locator("#sign-in").ClickAsync();
        await page.Locator("#signed-in-as").WaitForAsync();
        return page;
    }

    public async Task DisposeAsync()
    {
        lock (ownContexts) Close(ownContexts);
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

/// <summary>
/// Closes the browser contexts a test opened once it has finished (screenshots and assertions are done by then). On
/// each browser collection's definition: xunit v2 applies it to every test of the collection.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ClosePagesAfterTestAttribute : Xunit.Sdk.BeforeAfterTestAttribute
{
    public override void Before(System.Reflection.MethodInfo methodUnderTest) => CorridorAppFixture.BeginTest();

    public override void After(System.Reflection.MethodInfo methodUnderTest) => CorridorAppFixture.EndTest();
}

[CollectionDefinition(Name), ClosePagesAfterTest]
public sealed class BrowserCollection : ICollectionFixture<CorridorAppFixture>
{
    public const string Name = "browser";
}
