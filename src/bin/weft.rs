//! The native command line: `weft run [OPTIONS] FILE.py [ARGS...]`.

use clap::{Parser, Subcommand};

/// The interpreter allocates many small objects; mimalloc serves them
/// faster than the system allocator (native builds only).
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::process::ExitCode;
use weft::native_host::StdHost;
use weft::{Outcome, Runtime};

#[derive(Parser)]
#[command(
    name = "weft",
    version,
    about = "Weft: a stackless Python for WebAssembly and the command line"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a Python program, like `python3 FILE.py ARGS...`.
    Run {
        /// Stop after this many instructions per slice (the program still
        /// runs to the end; this only exercises resumption).
        #[arg(long, value_name = "N")]
        slice: Option<u64>,
        /// The program file, then its arguments (its sys.argv[1:]).
        #[arg(
            value_name = "FILE [ARGS]",
            required = true,
            num_args = 1..,
            trailing_var_arg = true,
            allow_hyphen_values = true
        )]
        program: Vec<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Run { slice, program } => run(&program[0], &program[1..], slice),
    }
}

fn run(file: &str, args: &[String], slice: Option<u64>) -> ExitCode {
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("weft: can't open file '{}': {}", file, e);
            return ExitCode::from(2);
        }
    };
    let mut rt = Runtime::new(Box::new(StdHost::new()));
    let mut argv = vec![file.to_string()];
    argv.extend(args.iter().cloned());
    rt.set_argv(&argv);
    // Like CPython, code objects of the main script carry its absolute path.
    let display = std::fs::canonicalize(file)
        .map(|p| p.to_string_lossy().to_string())
        .unwrap_or_else(|_| file.to_string());
    if let Err(e) = rt.load_main(&source, &display) {
        rt.vm.host.write_stderr(&e.render());
        rt.vm.host.flush();
        return ExitCode::from(1);
    }
    let budget = slice.unwrap_or(u64::MAX).max(1);
    loop {
        match rt.run(budget) {
            Outcome::Exited(s) => {
                rt.vm.host.flush();
                return ExitCode::from(s.clamp(0, 255) as u8);
            }
            Outcome::Waiting { .. } => rt.wait(),
            Outcome::Budget => {}
        }
    }
}
