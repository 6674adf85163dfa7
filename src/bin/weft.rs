//! The native command line: `weft run [OPTIONS] FILE.py [ARGS...]`,
//! `weft resume S.json` and `weft compile FILE.py -o FILE.json`.

use clap::{Args, Parser, Subcommand};

/// The interpreter allocates many small objects; mimalloc serves them
/// faster than the system allocator (native builds only).
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::process::ExitCode;
use weft::native_host::StdHost;
use weft::{Limits, Outcome, Runtime};

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
        /// Run N instructions, write a snapshot of the whole runtime to
        /// --snapshot-file and exit 0 (continue it with `weft resume`).
        #[arg(long, value_name = "N", requires = "snapshot_file")]
        snapshot_after: Option<u64>,
        /// Where --snapshot-after writes the snapshot.
        #[arg(long, value_name = "S.json", requires = "snapshot_after")]
        snapshot_file: Option<String>,
        #[command(flatten)]
        limits: LimitArgs,
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
    /// Compile a Python program to JSON that `weft run` and the runtime-only build load
    Compile {
        /// The Python source.
        #[arg(value_name = "FILE.py")]
        file: String,
        /// Where to write the program (default: FILE.json next to FILE.py).
        #[arg(short, long, value_name = "OUT.json")]
        output: Option<String>,
    },
    /// Continue a program from a snapshot written by `run --snapshot-after`.
    Resume {
        /// Stop after this many instructions per slice (as for `run`).
        #[arg(long, value_name = "N")]
        slice: Option<u64>,
        /// Run N more instructions, then write a new snapshot and exit 0.
        #[arg(long, value_name = "N", requires = "snapshot_file")]
        snapshot_after: Option<u64>,
        /// Where --snapshot-after writes the snapshot.
        #[arg(long, value_name = "S.json", requires = "snapshot_after")]
        snapshot_file: Option<String>,
        #[command(flatten)]
        limits: LimitArgs,
        /// The snapshot.
        #[arg(value_name = "S.json")]
        snapshot: String,
    },
}

/// Resource limits for untrusted programs.
#[derive(Args)]
struct LimitArgs {
    /// Heap bytes the program may use (K, M, G suffixes: 64M); past it
    /// the running tasklet gets MemoryError.
    #[arg(long, value_name = "BYTES", value_parser = weft::vm::limits::parse_bytes)]
    max_memory: Option<usize>,
    /// Instructions the program may execute in this process (a resumed
    /// snapshot starts counting afresh); then it is stopped with status 1.
    #[arg(long, value_name = "N")]
    max_instructions: Option<u64>,
    /// Tasklets that may exist at once; past it the creating tasklet gets
    /// RuntimeError.
    #[arg(long, value_name = "N")]
    max_tasklets: Option<usize>,
    /// The deepest recursion sys.setrecursionlimit may allow.
    #[arg(long, value_name = "N")]
    max_recursion: Option<usize>,
}

impl LimitArgs {
    fn limits(&self) -> Limits {
        Limits {
            max_memory: self.max_memory,
            max_instructions: self.max_instructions,
            max_tasklets: self.max_tasklets,
            max_recursion: self.max_recursion,
            max_object_bytes: None,
        }
    }
}

/// When and where to stop and save.
struct Save {
    after: u64,
    file: String,
}

fn main() -> ExitCode {
    report_panics_as_bugs();
    let cli = Cli::parse();
    match cli.command {
        Command::Run {
            slice,
            snapshot_after,
            snapshot_file,
            limits,
            program,
        } => {
            let save = snapshot_after
                .zip(snapshot_file)
                .map(|(after, file)| Save { after, file });
            match start(&program[0], &program[1..]) {
                Ok(mut rt) => {
                    rt.set_limits(limits.limits());
                    drive(rt, slice, save)
                }
                Err(code) => code,
            }
        }
        Command::Compile { file, output } => compile(&file, output),
        Command::Resume {
            slice,
            snapshot_after,
            snapshot_file,
            limits,
            snapshot,
        } => {
            let save = snapshot_after
                .zip(snapshot_file)
                .map(|(after, file)| Save { after, file });
            let text = match std::fs::read_to_string(&snapshot) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("weft: can't open snapshot '{snapshot}': {e}");
                    return ExitCode::from(2);
                }
            };
            match Runtime::restore(&text, Box::new(StdHost::new())) {
                Ok(mut rt) => {
                    rt.set_limits(limits.limits());
                    drive(rt, slice, save)
                }
                Err(e) => {
                    eprintln!("weft: cannot resume from '{snapshot}': {e}");
                    ExitCode::from(2)
                }
            }
        }
    }
}

/// A panic is a bug in Weft, never the program's fault: say so plainly
/// (with `RUST_BACKTRACE` set, Rust's own report with its backtrace).
fn report_panics_as_bugs() {
    if std::env::var_os("RUST_BACKTRACE").is_some() {
        return;
    }
    std::panic::set_hook(Box::new(|info| {
        eprintln!("weft: internal error (a bug in Weft, not in your program): {info}");
        eprintln!("weft: please report it with the program that caused it");
    }));
}

/// Load the program (reporting a syntax error as CPython does).
fn start(file: &str, args: &[String]) -> Result<Runtime, ExitCode> {
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("weft: can't open file '{}': {}", file, e);
            return Err(ExitCode::from(2));
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
        return Err(ExitCode::from(1));
    }
    Ok(rt)
}

/// `weft compile`: write the program, or report the syntax error.
fn compile(file: &str, output: Option<String>) -> ExitCode {
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("weft: can't open file '{file}': {e}");
            return ExitCode::from(2);
        }
    };
    let output = output.unwrap_or_else(|| {
        std::path::Path::new(file)
            .with_extension("json")
            .to_string_lossy()
            .to_string()
    });
    if output == file {
        eprintln!("weft: the program would overwrite its source '{file}': name another with -o");
        return ExitCode::from(2);
    }
    match weft::compile_program(&source, file) {
        Ok(program) => match std::fs::write(&output, program) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("weft: can't write '{output}': {e}");
                ExitCode::from(2)
            }
        },
        Err(e) => {
            eprint!("{}", e.render());
            ExitCode::from(1)
        }
    }
}

/// Run to the end (or to the snapshot point) and give the exit status.
fn drive(mut rt: Runtime, slice: Option<u64>, save: Option<Save>) -> ExitCode {
    let budget = slice.unwrap_or(u64::MAX).max(1);
    let mut left = save.as_ref().map_or(u64::MAX, |s| s.after);
    loop {
        if left == 0 {
            let save = save.as_ref().expect("only a snapshot sets a limit");
            return write_snapshot(&mut rt, &save.file);
        }
        let step = budget.min(left);
        let before = rt.instructions();
        let outcome = rt.run(step);
        if left != u64::MAX {
            left = left.saturating_sub(rt.instructions() - before);
        }
        match outcome {
            Outcome::Exited(s) => {
                rt.vm.host.flush();
                return ExitCode::from(s.clamp(0, 255) as u8);
            }
            Outcome::Waiting { .. } => rt.wait(),
            Outcome::Budget => {}
            Outcome::InstructionLimit => {
                let status = rt.instruction_limit_reached();
                rt.vm.host.flush();
                return ExitCode::from(status as u8);
            }
        }
    }
}

fn write_snapshot(rt: &mut Runtime, file: &str) -> ExitCode {
    rt.vm.host.flush();
    let text = match rt.snapshot() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("weft: cannot snapshot: {e}");
            return ExitCode::from(1);
        }
    };
    if let Err(e) = std::fs::write(file, text) {
        eprintln!("weft: can't write snapshot '{file}': {e}");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
