#!/usr/bin/env python3
"""Serve www/ on 127.0.0.1 for the demo and the browser tests.

Sends `Access-Control-Allow-Origin: *` and `Cross-Origin-Resource-Policy:
cross-origin` on every file, so the module and its .wasm load from other
origins (the bookmarklet and one-tag embedding need this), and serves .wasm
as application/wasm so it compiles while streaming.

    python3 .ci/serve.py [--port 8080] [--root www] [--quiet]
Prints the URL on its first line of output.
"""
import argparse
import functools
import http.server
import os
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript", ".mjs": "text/javascript"}
    quiet = False

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Cross-Origin-Resource-Policy", "cross-origin")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def guess_type(self, path):
        # A page that declares no charset in its first 1024 bytes, as most
        # of the corpus pages saved without their HTTP headers, is served the
        # way its site served it when its bytes are UTF-8. Without this,
        # Chromium falls back to windows-1252 and every curly quote and dash
        # turns into "â€œ", whose 0x93/0x94 bytes read as quote marks.
        kind = super().guess_type(path)
        if kind == "text/html":
            try:
                with open(path, "rb") as f:
                    data = f.read()
                if b"charset" not in data[:1024].lower():
                    data.decode("utf-8")
                    return "text/html; charset=utf-8"
            except (OSError, UnicodeDecodeError):
                pass
        return kind

    def log_message(self, fmt, *args):
        if not self.quiet:
            super().log_message(fmt, *args)

    def handle(self):
        # A browser that gives up on a request (a page closed mid-load) is not an error.
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def send_head(self):
        try:
            return super().send_head()
        except (FileNotFoundError, NotADirectoryError):
            self.send_error(404, "File not found")
            return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8080")))
    ap.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "www"))
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    Handler.quiet = args.quiet
    handler = functools.partial(Handler, directory=os.path.abspath(args.root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    print(f"http://127.0.0.1:{httpd.server_address[1]}/", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
