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
    public void Run_NoArguments_ExitsUsage()
    {
        var stderr = new StringWriter();

        int code = SolveCommand.Run([], new StringWriter(), stderr);

        Assert.Equal(SolveCommand.Usage, code);
        Assert.Contains("usage", stderr.ToString(), StringComparison.Ordinal);
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

    static (int Code, string Stdout, string Stderr) Solve(string path)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = SolveCommand.Run([path], stdout, stderr);
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
