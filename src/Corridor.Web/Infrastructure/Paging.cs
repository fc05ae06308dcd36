namespace Corridor.Web.Infrastructure;

/// <summary>One page of a list. <see cref="Total"/> counts every match, not just this page.</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);

/// <summary>Paging query: <c>page</c> is 1-based; <c>pageSize</c> defaults to 50 and is capped at 1000.</summary>
internal readonly record struct PageRequest(int Page, int PageSize)
{
    public const int MaxPageSize = 1000;
    public static PageRequest From(int? page, int? pageSize) =>
        new(Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 50, 1, MaxPageSize));
    public int Skip => (Page - 1) * PageSize;
}
