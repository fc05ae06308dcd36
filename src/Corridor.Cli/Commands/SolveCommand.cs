namespace Corridor.Cli.Commands;

// Placeholder owned by the solver work (issue 3); replaced there.
public static class SolveCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("corridor solve: not built yet.");
        return 3;
    }
}
