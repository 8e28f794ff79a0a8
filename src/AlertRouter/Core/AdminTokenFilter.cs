using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace AlertRouter.Core;

/// <summary>
/// Guards mutating endpoints with <c>AlertRouter:Api:AdminToken</c>: when a token is configured the request needs
/// <c>Authorization: Bearer &lt;token&gt;</c> (compared in constant time), else 401 problem+json. Apply it with
/// <see cref="AdminTokenFilterExtensions.RequireAdminToken{TBuilder}"/>.
/// </summary>
internal sealed class AdminTokenFilter(IOptionsMonitor<ApiOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var token = options.CurrentValue.AdminToken;
        if (string.IsNullOrEmpty(token) || IsAuthorized(context.HttpContext.Request.Headers.Authorization.ToString(), token))
        {
            return await next(context);
        }

        context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return TypedResults.Problem(
            title: "Unauthorized",
            detail: "this endpoint needs Authorization: Bearer <AlertRouter:Api:AdminToken>",
            statusCode: StatusCodes.Status401Unauthorized);
    }

    public static bool IsAuthorized(string header, string token)
    {
        const string scheme = "Bearer ";
        var presented = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : "";

        // Hash both sides so the comparison takes the same time whatever the lengths.
        var a = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var b = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        return CryptographicOperations.FixedTimeEquals(a, b) && presented.Length > 0;
    }
}
