using System.IO;
using System.Net;
using System.Net.Sockets;

namespace Minix.Docs.Tests.Site;

/// <summary>
/// Serves a built site over HTTP on the loopback interface, as a web server would: DocFX's modern template loads
/// modules, the search index and a web worker, which a browser refuses from file:// pages.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Task _serving;

    /// <summary>Starts serving <paramref name="root"/>.</summary>
    /// <param name="root">The site folder.</param>
    public StaticSiteServer(string root)
    {
        _root = Path.GetFullPath(root);
        int port = FreePort();
        BaseAddress = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseAddress);
        _listener.Start();
        _serving = Task.Run(Serve);
    }

    /// <summary>Where the site is, ending in a slash.</summary>
    public string BaseAddress { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener's pending read ends with an exception when it closes.
        }
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        using HttpListenerResponse response = context.Response;
        string relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath.TrimStart('/'));
        string path = Path.GetFullPath(Path.Combine(_root, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative));
        if (!path.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(path))
        {
            response.StatusCode = 404;
            return;
        }

        byte[] body = File.ReadAllBytes(path);
        response.ContentType = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" or ".mjs" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".json" => "application/json; charset=utf-8",
            ".svg" => "image/svg+xml",
            ".png" => "image/png",
            ".ico" => "image/x-icon",
            ".woff" => "font/woff",
            ".woff2" => "font/woff2",
            _ => "application/octet-stream",
        };
        response.ContentLength64 = body.Length;
        try
        {
            response.OutputStream.Write(body);
        }
        catch (HttpListenerException)
        {
            // The browser went away mid-answer.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
