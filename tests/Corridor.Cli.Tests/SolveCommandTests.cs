using Corridor.Cli.Commands;

namespace Corridor.Cli.Tests;

public sealed class SolveCommandTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("corridor-solve-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Run_SharedNetgenInstance_PrintsOptimalCostAndFlows()
    {
        var (code, stdout, stderr) = Solve(Path.Combine(SharedDataFolder(), "netgen_8_08a.min"));

        Assert.Equal(SolveCommand.Optimal, code);
        Assert.Equal("", stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("s 142274536", lines[0]);
        Assert.All(lines.Skip(1), line => Assert.Matches(@"^f \d+ \d+ -?\d+$", line));
    }

    [Fact]
    public void Run_InfeasibleProblem_ExitsInfeasibleWithMessage()
    {
        var path = Write("infeasible.min", "p min 2 1\nn 1 5\nn 2 -5\na 1 2 0 4 1\n");

        var (code, stdout, stderr) = Solve(path);

        Assert.Equal(SolveCommand.Infeasible, code);
        Assert.Equal("", stdout);
        Assert.Contains("infeasible", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnboundedProblem_ExitsUnbounded()
    {
        var path = Write("unbounded.min", "p min 2 2\na 1 2 0 -1 -3\na 2 1 0 -1 1\n");

        var (code, _, stderr) = Solve(path);

        Assert.Equal(SolveCommand.Unbounded, code);
        Assert.Contains("unbounded", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MalformedLine_ExitsMalformedNamingTheLine()
    {
        var path = Write("bad.min", "c header\np min 2 1\na 1 2 0 x 1\n");

        var (code, stdout, stderr) = Solve(path);

        Assert.Equal(SolveCommand.Malformed, code);
        Assert.Equal("", stdout);
        Assert.Contains("line 3:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingFile_ExitsNoInput()
    {
        var (code, _, stderr) = Solve(Path.Combine(folder, "absent.min"));

        Assert.Equal(SolveCommand.NoInput, code);
        Assert.Contains("absent.min", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoArguments_ExitsUsage()
    {
        var (code, _, stderr) = await SolveAsync();

        Assert.Equal(SolveCommand.Usage, code);
        Assert.Contains("usage", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SolveVerb_DispatchesToSolveCommand()
    {
        var path = Write("tiny.min", "p min 2 1\nn 1 2\nn 2 -2\na 1 2 0 5 3\n");
        var stdout = new StringWriter();

        int code = await CliApp.RunAsync(["solve", path], stdout, new StringWriter());

        Assert.Equal(0, code);
        Assert.Equal("s 6\nf 1 2 2\n", stdout.ToString());
    }

    [Theory]
    [InlineData("p min 2 1\nn 1 2\nn 2 -2\na 1 2 0 5 3\n", 0, "")]
    [InlineData("p min 2 1\nn 1 5\nn 2 -5\na 1 2 0 4 1\n", 1, "infeasible")]
    [InlineData("p min 2 2\na 1 2 0 -1 -3\na 2 1 0 -1 1\n", 1, "unbounded")]
    [InlineData("p min 2 1\na 1 2 0 x 1\n", 2, "line 2:")]
    [InlineData("c huge\np min 2000000000 1\n", 3, "line 2: too large: 2,000,000,000 nodes is above the maximum of 100,000,000 nodes")]
    [InlineData("p min 2 600000000\n", 3, "maximum of 500,000,000 arcs")]
    [InlineData("p min 2 1\nn 1 4\nn 2 -4\na 1 2 0 4 4611686018427387904\n", 3, "too large")]
    public async Task ExitCodes_AreTheDocumentedScheme(string problem, int code, string message)
    {
        var path = Write("scheme.min", problem);

        var result = await SolveAsync(path);

        Assert.Equal(code, result.Code);
        if (message.Length == 0) Assert.Equal("", result.Stderr);
        else Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        if (code != 0) Assert.Equal("", result.Stdout);
    }

    [Fact]
    public async Task Run_MissingFileAndUnknownOption_ExitTwo()
    {
        var missing = await SolveAsync(Path.Combine(folder, "absent.min"));
        var option = await SolveAsync("--fast", Path.Combine(folder, "absent.min"));

        Assert.Equal(2, missing.Code);
        Assert.Equal(2, option.Code);
        Assert.Contains("unknown option --fast", option.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_DocumentsTheExitCodesAndTheLimits()
    {
        var help = await SolveAsync("--help");

        Assert.Equal(0, help.Code);
        Assert.Contains("Exit codes: 0 solved (optimal); 1 no optimum: infeasible or unbounded; 2 bad input or usage", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("3 too large: more than 100,000,000 nodes or 500,000,000 arcs", help.Stdout, StringComparison.Ordinal);
    }

    static (int Code, string Stdout, string Stderr) Solve(string path) => SolveAsync(path).GetAwaiter().GetResult();

    /// <summary><c>corridor solve ARGS</c> through the whole command line (parser included).</summary>
    static async Task<(int Code, string Stdout, string Stderr)> SolveAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = await CliApp.RunAsync(["solve", .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    static string SharedDataFolder() =>
        Corridor.Tests.Shared.TestData.Find("mcf-dimacs") ?? throw new DirectoryNotFoundException(
            $"mcf-dimacs is neither in shared/data beside or above {AppContext.BaseDirectory} nor in the repository's tests/data.");
}
