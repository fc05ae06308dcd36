namespace Corridor.Cli.Tests;

/// <summary>The command line itself (System.CommandLine): help, usage errors and their exit codes, completion. No database.</summary>
public sealed class CliAppTests
{
    static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Help_ListsEveryCommandAndTheExitCodes()
    {
        var help = await RunAsync("--help");

        Assert.Equal(0, help.Code);
        Assert.Equal("", help.Err);
        foreach (var command in new[] { "import", "list", "export", "serve", "match", "estimate", "report", "passport", "user", "solve" })
            Assert.Matches($@"(?m)^\s+{command}\b", help.Out);
        Assert.Contains("Exit codes: 0 success; 1 the operation failed", help.Out, StringComparison.Ordinal);
        Assert.Contains("2 wrong usage", help.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import", "<FILE>... --dry-run --database --corridor")]
    [InlineData("list", "<WHAT> --category --direction --limit --database --corridor")]
    [InlineData("export", "--format --out --database --corridor")]
    [InlineData("serve", "--urls --database")]
    [InlineData("match", "--out --export-dimacs --max-distance --vehicle --electric-factor --detour --resolution --from --to --database --corridor")]
    [InlineData("estimate", "--project --dry-run --type --gfa --year --structure --lat --lon --database --corridor")]
    [InlineData("report", "--from --to --format --out --database --corridor")]
    [InlineData("passport", "--lot --project --format --out --database --corridor import")]
    [InlineData("passport import", "<FILE> --dry-run --database --corridor")]
    [InlineData("user add", "<EMAIL> --role --organisation --hub --name --database --corridor")]
    [InlineData("user list", "--database --corridor")]
    [InlineData("solve", "<FILE.min>")]
    public async Task CommandHelp_NamesEveryOptionOfTheCommand(string command, string options)
    {
        var help = await RunAsync([.. command.Split(' '), "--help"]);

        Assert.Equal(0, help.Code);
        Assert.Contains("Description:", help.Out, StringComparison.Ordinal);
        foreach (var option in options.Split(' '))
            Assert.Contains(option, help.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpVerb_IsTheSameAsTheHelpOption()
    {
        var verb = await RunAsync("help", "import");
        var option = await RunAsync("import", "--help");

        Assert.Equal((0, option.Out), (verb.Code, verb.Out));
    }

    [Fact]
    public async Task NoCommand_ExitsUsageOnStderr()
    {
        var result = await RunAsync();

        Assert.Equal(CliApp.UsageError, result.Code);
        Assert.Equal(2, result.Code);
        Assert.Equal("", result.Out);
        Assert.Contains("usage: see 'corridor --help'", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_ExitsUsage()
    {
        var result = await RunAsync("frobnicate");

        Assert.Equal(2, result.Code);
        Assert.Contains("frobnicate", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOption_IsNamedOnce_AndItsValueIsNotReportedSeparately()
    {
        var result = await RunAsync("export", "--fromat", "csv");

        Assert.Equal(2, result.Code);
        Assert.Contains("corridor export: unknown option --fromat", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("'csv'", result.Err, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task OptionWithoutItsValue_ExitsUsageNamingTheOption()
    {
        var result = await RunAsync("list", "lots", "--limit");

        Assert.Equal(2, result.Code);
        Assert.Contains("--limit", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("ten")]
    public async Task ListLimit_NotAPositiveWholeNumber_ExitsUsage(string limit)
    {
        var result = await RunAsync("list", "lots", "--limit", limit);

        Assert.Equal(2, result.Code);
        Assert.Contains("--limit", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserWithoutSubcommand_ExitsUsage()
    {
        var result = await RunAsync("user");

        Assert.Equal(2, result.Code);
        Assert.Contains("corridor user", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuggestDirective_CompletesTheValuesOfAnOption()
    {
        var result = await RunAsync("[suggest:25]", "corridor export --format ");

        Assert.Equal(0, result.Code);
        Assert.Equal(["csv", "geojson", "xlsx"], result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task SuggestDirective_CompletesTheCommands()
    {
        var result = await RunAsync("[suggest:11]", "corridor pa");

        Assert.Equal(0, result.Code);
        Assert.Contains("passport", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("import", result.Out, StringComparison.Ordinal);
    }
}
