using System.Text.Json.Nodes;

namespace Minix.Docs.Tests.Site;

/// <summary>The built site served over HTTP and one headless Chromium, for the smoke tests of a class.</summary>
public sealed class BrowsedSite : IDisposable
{
    private readonly Lazy<(StaticSiteServer Server, HeadlessChromium Browser)> _started = new(Start);

    /// <summary>The browser, on the site (built and served on first use).</summary>
    public HeadlessChromium Browser => _started.Value.Browser;

    /// <summary>The address of a page of the site.</summary>
    /// <param name="path">Its path relative to the site's root.</param>
    /// <returns>The URL.</returns>
    public string Url(string path) => _started.Value.Server.BaseAddress + path;

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_started.IsValueCreated)
            return;
        _started.Value.Browser.Dispose();
        _started.Value.Server.Dispose();
    }

    private static (StaticSiteServer, HeadlessChromium) Start()
    {
        DocfxSite.Instance.RequireBuilt();
        var server = new StaticSiteServer(DocfxSite.Instance.SiteRoot);
        try
        {
            return (server, HeadlessChromium.Start());
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }
}

/// <summary>
/// The site as a reader sees it, in headless Chromium: the pages render (the template's scripts run, the navigation is
/// built from the tables of contents), and search finds pages. Fails, never skips, without Chromium.
/// </summary>
[Trait("Needs", "restore")]
[Trait("Needs", "chromium")]
public sealed class SiteBrowserTests(BrowsedSite site) : IClassFixture<BrowsedSite>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private string Text(string expression) => site.Browser.Evaluate(expression)?.GetValue<string>() ?? "";

    [Fact]
    public void The_home_page_shows_its_title_the_navigation_and_the_layers_diagram()
    {
        site.Browser.Navigate(site.Url("index.html"));

        Assert.Equal("Minix#", Text("document.querySelector('article h1').textContent.trim()"));
        site.Browser.WaitFor("[...document.querySelectorAll('#navbar a')].some(a => a.textContent.trim() === 'Analyzer rules')", Patience, "the navigation bar from toc.yml");
        site.Browser.WaitFor("document.querySelector('article img[src$=\"architecture-layers.svg\"]').complete && document.querySelector('article img[src$=\"architecture-layers.svg\"]').naturalWidth > 0", Patience, "the layers diagram");
    }

    [Fact]
    public void A_tutorial_page_shows_its_steps_with_their_commands()
    {
        site.Browser.Navigate(site.Url("tutorials/first-driver.html"));

        Assert.Equal("Your first driver", Text("document.querySelector('article h1').textContent.trim()"));
        Assert.Contains("dotnet new minix-driver -n MyDriver", Text("[...document.querySelectorAll('article pre code')].map(c => c.textContent).join('\\n')"));
        site.Browser.WaitFor("[...document.querySelectorAll('#toc a')].some(a => a.textContent.trim() === 'Your first driver')", Patience, "the tutorials' table of contents");
    }

    [Fact]
    public void A_rule_page_shows_its_id_its_properties_and_how_to_fix_it()
    {
        site.Browser.Navigate(site.Url("rules/MINIX005.html"));

        Assert.StartsWith("MINIX005: Driver uses I/O hardware directly", Text("document.querySelector('article h1').textContent.trim()"));
        Assert.Equal("Id|Category|Default severity", Text("[...document.querySelectorAll('article table th')].slice(0, 3).map(t => t.textContent.trim()).join('|')"));
        Assert.Contains("Fixing it by hand", Text("[...document.querySelectorAll('article h2')].map(h => h.textContent).join('|')"));
    }

    [Fact]
    public void An_api_type_page_shows_the_type_and_its_members()
    {
        site.Browser.Navigate(site.Url("api/Minix.Ipc.Message.html"));

        Assert.Contains("Message", Text("document.querySelector('article h1').textContent"));
        JsonNode? sections = site.Browser.Evaluate("[...document.querySelectorAll('article h2')].map(h => h.textContent.trim())");
        Assert.Contains("Constructors", sections!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Contains("Type", Text("[...document.querySelectorAll('article h3, article h4')].map(h => h.textContent).join('|')"));
    }

    [Fact]
    public void A_search_query_finds_the_grants_article()
    {
        site.Browser.Navigate(site.Url("index.html"));
        site.Browser.WaitFor("!document.getElementById('search-query').disabled", Patience, "the search box (enabled once the index has loaded)");

        site.Browser.Evaluate("(() => { const q = document.getElementById('search-query'); q.value = 'grant'; q.dispatchEvent(new Event('input', { bubbles: true })); })()");
        site.Browser.WaitFor("[...document.querySelectorAll('#search-results a')].some(a => a.getAttribute('href').includes('articles/grants.html'))", Patience, "a search result linking to articles/grants.html");
    }
}
