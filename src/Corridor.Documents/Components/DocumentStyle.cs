namespace Corridor.Documents.Components;

/// <summary>The style of the printable documents: no scripts, no external files. Scoped to <c>.corridor-doc</c> so it also fits inside the site's layout.</summary>
public static class DocumentStyle
{
    /// <summary>The rules for the document itself, whether standalone or inside a page.</summary>
    public const string Document = """
        .corridor-doc{color:#1b1b1b;line-height:1.4}
        .corridor-doc h1{font-size:1.6rem;margin-bottom:.2rem}.corridor-doc h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #2e7d32}.corridor-doc h3{font-size:1rem;margin:1.2rem 0 .3rem}
        .corridor-doc table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}.corridor-doc th,.corridor-doc td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top}
        .corridor-doc th{background:#f1f5f1}.corridor-doc td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.corridor-doc .muted{color:#666;font-size:.85rem}
        .corridor-doc .flag{color:#b71c1c;font-weight:600}.corridor-doc .ok{color:#2e7d32;font-weight:600}.corridor-doc .tiles{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}
        .corridor-doc .tile{border:1px solid #ccc;border-radius:6px;padding:.6rem .8rem;min-width:11rem}.corridor-doc .tile b{display:block;font-size:1.4rem}
        .corridor-doc svg{max-width:100%;height:auto}.corridor-doc ol.sources li{font-size:.85rem;margin-bottom:.2rem}
        @media print{.corridor-doc h2{break-after:avoid}.corridor-doc table,.corridor-doc svg,.corridor-doc .tile{break-inside:avoid}.corridor-doc a{color:inherit;text-decoration:none}}
        """;

    /// <summary>The page around a standalone document.</summary>
    public const string Standalone = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:60rem}
        @media print{body{margin:0;max-width:none}}
        """ + "\n" + Document;
}
