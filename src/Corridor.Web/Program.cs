using Corridor.Web.Infrastructure;

return await CorridorWebApp.RunAsync(args);

/// <summary>The web app's entry point; public so that test hosts (<c>WebApplicationFactory&lt;Program&gt;</c>) can find it.</summary>
public partial class Program;
