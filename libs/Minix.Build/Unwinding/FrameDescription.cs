namespace Minix.Build.Unwinding;

/// <summary>
/// One function's entry in an object's <c>.eh_frame</c> as the linker needs it: where the function is (a symbol of
/// the object plus an addend), how long it is, where its language-specific data (ILC's LSDA: EH clauses and GC info)
/// is, and the frame rule that holds after its prolog.
/// </summary>
/// <param name="FunctionSymbol">Index in the object's symbol table of what the function start is relative to.</param>
/// <param name="FunctionAddend">Added to that symbol's address.</param>
/// <param name="Length">The function's length in bytes.</param>
/// <param name="LsdaSymbol">Symbol the LSDA pointer is relative to, or -1 when the function has none.</param>
/// <param name="LsdaAddend">Added to that symbol's address.</param>
/// <param name="PrologLength">Bytes from the function start to the last change of the frame rule.</param>
/// <param name="Rule">The rule after the prolog.</param>
public sealed record FrameDescription(int FunctionSymbol, long FunctionAddend, uint Length, int LsdaSymbol, long LsdaAddend, uint PrologLength, FrameRule Rule);
