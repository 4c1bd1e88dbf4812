// Top-level statements in a file of their own.
using Minix.Kernel.Core;

KernelLog.Write("top\n"u8);
int Local(int x) => x switch { > 0 => 1, _ => 0 };
System.Console.WriteLine(Local(3));
