using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Minix.Kernel.Configuration;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// A system.conf handed to the compiler as an AdditionalFile, read with the kernel's own reader: either its entries
/// or the one error that stopped the reader.
/// </summary>
public sealed class SystemConfFile
{
    /// <summary>The file name the analyzer looks for among the AdditionalFiles.</summary>
    public const string FileName = "system.conf";

    private SystemConfFile(AdditionalText file, SourceText text, IReadOnlyList<ServiceConfig>? services, SystemConfException? error)
    {
        File = file;
        Text = text;
        Services = services ?? new ServiceConfig[0];
        Error = error;
    }

    /// <summary>The file.</summary>
    public AdditionalText File { get; }

    /// <summary>Its text.</summary>
    public SourceText Text { get; }

    /// <summary>The entries, empty if the file could not be read.</summary>
    public IReadOnlyList<ServiceConfig> Services { get; }

    /// <summary>Why the file could not be read, or null.</summary>
    public SystemConfException? Error { get; }

    /// <summary>Whether an AdditionalFile is a system.conf.</summary>
    /// <param name="file">The file.</param>
    /// <returns>True if its name is system.conf (any case).</returns>
    public static bool IsSystemConf(AdditionalText file) =>
        System.IO.Path.GetFileName(file.Path).Equals(FileName, System.StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads one file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="cancellation">Cancels the read.</param>
    /// <returns>The result, or null if the file has no text.</returns>
    public static SystemConfFile? Read(AdditionalText file, CancellationToken cancellation)
    {
        SourceText? text = file.GetText(cancellation);
        if (text == null)
            return null;
        try
        {
            return new SystemConfFile(file, text, SystemConfReader.Read(text.ToString(), System.IO.Path.GetFileName(file.Path)), null);
        }
        catch (SystemConfException error)
        {
            return new SystemConfFile(file, text, null, error);
        }
    }

    /// <summary>Reads every system.conf among the AdditionalFiles.</summary>
    /// <param name="options">The analyzer options.</param>
    /// <param name="cancellation">Cancels the read.</param>
    /// <returns>The files, in the order the compiler lists them.</returns>
    public static List<SystemConfFile> ReadAll(AnalyzerOptions options, CancellationToken cancellation)
    {
        var files = new List<SystemConfFile>();
        foreach (AdditionalText file in options.AdditionalFiles)
        {
            if (IsSystemConf(file) && Read(file, cancellation) is { } read)
                files.Add(read);
        }

        return files;
    }

    /// <summary>The entry of one service, or null.</summary>
    /// <param name="name">The service name.</param>
    /// <returns>The entry.</returns>
    public ServiceConfig? Find(string name)
    {
        foreach (ServiceConfig service in Services)
        {
            if (service.Name == name)
                return service;
        }

        return null;
    }

    /// <summary>A location in this file for a reader location (the word that starts there).</summary>
    /// <param name="location">1-based line and column.</param>
    /// <returns>The location.</returns>
    public Location LocationOf(SourceLocation location)
    {
        int lineIndex = System.Math.Min(System.Math.Max(location.Line - 1, 0), Text.Lines.Count - 1);
        if (lineIndex < 0)
            return Location.Create(File.Path, default, default);
        TextLine line = Text.Lines[lineIndex];
        int start = System.Math.Min(line.Start + System.Math.Max(location.Column - 1, 0), line.End);
        int end = start;
        while (end < line.End && !char.IsWhiteSpace(Text[end]) && Text[end] != ';')
            end++;
        if (end == start && end < line.End)
            end++;
        var span = TextSpan.FromBounds(start, end);
        return Location.Create(File.Path, span, Text.Lines.GetLinePositionSpan(span));
    }
}
