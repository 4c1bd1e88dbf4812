using System.Diagnostics.CodeAnalysis;

// The linked system.conf reader has a file-reading convenience the analyzer never calls: it reads the text of the
// AdditionalFile Roslyn hands it.
[assembly: SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1035", Scope = "member", Target = "~M:Minix.Kernel.Configuration.SystemConfReader.ReadFile(System.String)~System.Collections.Generic.IReadOnlyList{Minix.Kernel.Configuration.ServiceConfig}", Justification = "Never called by the analyzer.")]
