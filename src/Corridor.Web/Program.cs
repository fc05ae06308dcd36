using Corridor.Web.Infrastructure;

return await CorridorWebApp.RunAsync(args);

public partial class Program;
