using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Minix.Docs.Tests.Site;

/// <summary>
/// Debian's Chromium, headless, driven through the DevTools protocol over a web socket: open a page, wait until a
/// script says it is ready, read values from it. Each browser gets a fresh profile folder and no network of its own
/// (background networking, component updates and sync are off).
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>The browser's executable on the PATH, or null.</summary>
    /// <returns>Its path.</returns>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Where(d => d.Length > 0)
            .SelectMany(d => Names.Select(n => Path.Combine(d, n)))
            .FirstOrDefault(File.Exists);

    /// <summary>Starts a browser; fails the test (never skips it) when Chromium is not installed.</summary>
    /// <returns>The browser, on an empty page.</returns>
    public static HeadlessChromium Start()
    {
        string? executable = Find();
        Assert.True(executable is not null, "Chromium is not installed; the site's smoke tests need it (Debian: apt-get install chromium)");
        string profile = Directory.CreateTempSubdirectory("minix-chromium-").FullName;
        var start = new ProcessStartInfo(executable!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank",
        })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var browser = new HeadlessChromium(process, profile);
        try
        {
            browser.Connect();
        }
        catch
        {
            browser.Dispose();
            throw;
        }

        return browser;
    }

    /// <summary>Opens <paramref name="url"/> and waits until it has loaded.</summary>
    /// <param name="url">The page.</param>
    public void Navigate(string url)
    {
        Send("Page.navigate", new JsonObject { ["url"] = url });
        WaitFor("document.readyState === 'complete' && location.href === " + JsonSerializer.Serialize(url), TimeSpan.FromSeconds(30));
    }

    /// <summary>Evaluates a script in the page and returns its value (a promise is awaited).</summary>
    /// <param name="expression">JavaScript.</param>
    /// <returns>The value, as JSON.</returns>
    public JsonNode? Evaluate(string expression)
    {
        JsonNode reply = Send("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (reply["exceptionDetails"] is JsonNode failure)
            throw new InvalidOperationException("the page's script failed: " + failure.ToJsonString());
        return reply["result"]?["value"];
    }

    /// <summary>Polls a script until it returns true; fails the test with <paramref name="what"/> if it does not in time.</summary>
    /// <param name="expression">JavaScript that returns a boolean.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="what">What was awaited, for the failure message.</param>
    public void WaitFor(string expression, TimeSpan timeout, string? what = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            JsonNode? value = Evaluate("(() => { try { return !!(" + expression + "); } catch { return false; } })()");
            if (value?.GetValue<bool>() == true)
                return;
            if (clock.Elapsed > timeout)
                Assert.Fail($"waited {timeout.TotalSeconds} s for {what ?? expression} on {Evaluate("location.href")}");
            Thread.Sleep(200);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _socket.Dispose();
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be writing its profile as it goes.
        }
    }

    private void Connect()
    {
        // Chromium writes the port it chose to DevToolsActivePort in the profile folder.
        string portFile = Path.Combine(_profile, "DevToolsActivePort");
        var clock = Stopwatch.StartNew();
        while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 1)
        {
            if (_process.HasExited)
                throw new InvalidOperationException("Chromium exited with code " + _process.ExitCode + " before it listened");
            if (clock.Elapsed > TimeSpan.FromSeconds(30))
                throw new TimeoutException("Chromium did not open its DevTools port in 30 s");
            Thread.Sleep(100);
        }

        string port = File.ReadAllLines(portFile)[0].Trim();
        using var http = new HttpClient();
        JsonArray targets = JsonNode.Parse(http.GetStringAsync($"http://127.0.0.1:{port}/json/list").Result)!.AsArray();
        string page = targets.First(t => (string?)t!["type"] == "page")!["webSocketDebuggerUrl"]!.GetValue<string>();
        _socket.ConnectAsync(new Uri(page), CancellationToken.None).Wait(TimeSpan.FromSeconds(30));
        Send("Page.enable", new JsonObject());
    }

    private JsonNode Send(string method, JsonObject parameters)
    {
        int id = ++_nextId;
        byte[] request = Encoding.UTF8.GetBytes(new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters }.ToJsonString());
        _socket.SendAsync(request, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).Wait(TimeSpan.FromSeconds(30));
        while (true)
        {
            JsonNode message = Receive();
            if ((int?)message["id"] != id)
                continue; // an event, or the answer to an earlier call
            if (message["error"] is JsonNode error)
                throw new InvalidOperationException(method + " failed: " + error.ToJsonString());
            return message["result"]!;
        }
    }

    private JsonNode Receive()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var receive = _socket.ReceiveAsync(buffer, CancellationToken.None);
            if (!receive.Wait(TimeSpan.FromSeconds(60)))
                throw new TimeoutException("Chromium did not answer in 60 s");
            WebSocketReceiveResult result = receive.Result;
            if (result.MessageType == WebSocketMessageType.Close)
                throw new InvalidOperationException("Chromium closed the DevTools connection");
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
                return JsonNode.Parse(message.ToArray())!;
        }
    }
}
