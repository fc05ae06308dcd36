using Corridor.Web.Infrastructure;

await CorridorWebApp.Create(args).RunAsync();

public partial class Program;
