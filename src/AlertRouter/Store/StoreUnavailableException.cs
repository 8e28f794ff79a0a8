namespace AlertRouter.Store;

/// <summary>The store cannot take writes right now (disk, lock, connection); callers answer 503, never 500.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
