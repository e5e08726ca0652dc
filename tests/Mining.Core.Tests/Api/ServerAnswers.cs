using System.Text;
using Microsoft.AspNetCore.Http;

namespace Mining.Core.Tests.Api;

/// <summary>Small helpers to write the loopback server's answers.</summary>
public static class ServerAnswers
{
    public static Task Json(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json, Encoding.UTF8);
    }

    public static Task Text(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain";
        return context.Response.WriteAsync(text, Encoding.UTF8);
    }

    /// <summary>Drops the connection without an answer, as a reset does.</summary>
    public static Task Reset(HttpContext context)
    {
        context.Abort();
        return Task.CompletedTask;
    }

    /// <summary>Answers from a script: the n-th request to the path gets the n-th answer, later ones the last.</summary>
    public static Func<HttpContext, Task> Sequence(params Func<HttpContext, Task>[] answers)
    {
        var count = 0;
        return context => answers[Math.Min(Interlocked.Increment(ref count) - 1, answers.Length - 1)](context);
    }
}
