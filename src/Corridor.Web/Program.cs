using Corridor.Web.Infrastructure;

await CorridorWebApp.Create(args).RunAsync();

/// <summary>The web app's entry point; public so that test hosts (<c>WebApplicationFactory&lt;Program&gt;</c>) can find it.</summary>
public partial class Program;
