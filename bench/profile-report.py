#!/usr/bin/env python3
"""Reads a collapsed profile (bench/profile.sh) and says where the CPU went:
   python3 bench/profile-report.py OUT.collapsed [FRAME ...]
- by the innermost library in each sample (Connector/J's part includes the socket calls under it);
- the Connector/J samples split into its own Java code and the system calls it waits in;
- the hottest frames by their own samples;
- for each FRAME given (a substring of a frame), the share of samples that pass through it."""
import collections
import sys

LIBRARIES = [("Camunda", "org/camunda"), ("MyBatis", "org/apache/ibatis"), ("Hibernate", "org/hibernate"),
             ("Connector/J", "com/mysql"), ("HikariCP", "com/zaxxer"), ("Jackson", "fasterxml/jackson"),
             ("Spring Security", "springframework/security"), ("Thymeleaf", "org/thymeleaf"),
             ("PDFBox", "org/apache/pdfbox"), ("FontBox", "org/apache/fontbox"), ("BouncyCastle", "bouncycastle"),
             ("giaoban", "vn/giaoban"), ("Tomcat", "org/apache/tomcat"), ("Tomcat", "org/apache/catalina"),
             ("Tomcat", "org/apache/coyote"), ("Micrometer", "micrometer"), ("Spring", "org/springframework"),
             ("H2", "org/h2")]


def library(frame):
    for name, marker in LIBRARIES:
        if marker in frame:
            return name
    return None


def innermost_library(frames):
    for i in range(len(frames) - 1, -1, -1):
        name = library(frames[i])
        if name:
            return i, name
    return None, "JVM, JDK or kernel only"


def is_system(frame):
    return frame.endswith("_[k]") or frame.startswith("__GI_") or "SocketDispatcher" in frame \
        or "NioSocketImpl" in frame or "Java_sun_nio" in frame


samples = []
for line in open(sys.argv[1], encoding="utf-8"):
    stack, count = line.rstrip("\n").rsplit(" ", 1)
    samples.append((stack.split(";"), int(count)))
total = sum(n for _, n in samples)
print(f"{total} samples")

by_library, connector, own = collections.Counter(), collections.Counter(), collections.Counter()
for frames, n in samples:
    own[frames[-1]] += n
    innermost, name = innermost_library(frames)
    by_library[name] += n
    if name == "Connector/J":
        connector["waiting in system calls" if any(is_system(f) for f in frames[innermost + 1:])
                  else "its own code"] += n

print("\nby the innermost library")
for name, n in by_library.most_common():
    print(f"{100 * n / total:5.1f} %  {name}")
print("\nConnector/J")
for name, n in connector.most_common():
    print(f"{100 * n / total:5.1f} %  {name}")
print("\nhottest frames by their own samples")
for frame, n in own.most_common(20):
    print(f"{100 * n / total:5.1f} %  {frame[:140]}")
if len(sys.argv) > 2:
    print("\nthrough a frame")
    for marker in sys.argv[2:]:
        n = sum(c for frames, c in samples if any(marker in f for f in frames))
        print(f"{100 * n / total:5.1f} %  {marker}")
