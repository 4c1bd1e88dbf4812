using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Minix.Kernel.Configuration;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// MINIX200 and MINIX204, reported in system.conf itself: a file the kernel's reader rejects gets exactly one
/// diagnostic at the reader's file:line:column (the cross-checks then stay silent rather than cascade), and a readable
/// file without an entry for this service says so.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SystemConfAnalyzer : MinixAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SystemConfUnreadable, Descriptors.NoServiceEntry);

    /// <inheritdoc/>
    protected override void Start(CompilationStartAnalysisContext context, MinixSymbols symbols, AnalyzerSettings settings)
    {
        bool anyEntry = false, anyError = false;
        foreach (SystemConfFile file in SystemConfFile.ReadAll(context.Options, context.CancellationToken))
        {
            anyEntry |= file.Find(settings.ServiceName) != null;
            anyError |= file.Error != null;
        }

        context.RegisterAdditionalFileAction(c =>
        {
            if (!SystemConfFile.IsSystemConf(c.AdditionalFile) || SystemConfFile.Read(c.AdditionalFile, c.CancellationToken) is not { } file)
                return;
            if (file.Error is { } error)
            {
                c.ReportDiagnostic(Diagnostic.Create(Descriptors.SystemConfUnreadable, file.LocationOf(error.Location), error.Location.ToString(), error.Problem));
                return;
            }

            if (!anyEntry && !anyError)
                c.ReportDiagnostic(Diagnostic.Create(Descriptors.NoServiceEntry, Location.Create(file.File.Path, default, default), SystemConfFile.FileName, settings.ServiceName, Names(file.Services)));
        });
    }

    private static string Names(IReadOnlyList<ServiceConfig> services)
    {
        if (services.Count == 0)
            return "none";
        var names = new List<string>();
        foreach (ServiceConfig service in services)
            names.Add(service.Name);
        return string.Join(", ", names);
    }
}
