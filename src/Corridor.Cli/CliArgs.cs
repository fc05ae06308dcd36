namespace Corridor.Cli;

/// <summary>Positional arguments and <c>--name value</c> / <c>--flag</c> options, in any order.</summary>
public sealed class CliArgs
{
    static readonly HashSet<string> Flags = ["--dry-run", "--help", "-h", "--quiet"];

    public List<string> Positional { get; } = [];
    readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);

    public static bool TryParse(IEnumerable<string> args, out CliArgs parsed, out string? error)
    {
        parsed = new CliArgs();
        error = null;
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var a = e.Current;
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))
            {
                var i = a.IndexOf('=', StringComparison.Ordinal);
                parsed.options[a[..i]] = a[(i + 1)..];
            }
            else if (Flags.Contains(a)) parsed.options[a] = null;
            else if (a.StartsWith("--", StringComparison.Ordinal))
            {
                if (!e.MoveNext()) { error = $"option {a} needs a value"; return false; }
                parsed.options[a] = e.Current;
            }
            else parsed.Positional.Add(a);
        }
        return true;
    }

    public string? Option(string name) => options.TryGetValue(name, out var v) ? v : null;
    public bool Has(string name) => options.ContainsKey(name);

    /// <summary>Names of options the command does not know, so typos are reported rather than ignored.</summary>
    public IEnumerable<string> Unknown(params string[] known) => options.Keys.Where(k => !known.Contains(k) && k is not ("--help" or "-h"));
}
