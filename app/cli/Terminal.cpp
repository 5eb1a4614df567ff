// SPDX-License-Identifier: GPL-3.0-or-later
#include "Terminal.h"

#include <QFile>

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace registrar::cli {

bool Terminal::isInteractive()
{
    return isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1;
}

std::optional<QString> Terminal::ask(const QString &question, bool echo)
{
    std::fputs(question.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);

    termios saved{};
    const bool changeEcho = !echo && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (changeEcho) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    bool gotLine = false;
    for (int c = std::getchar(); c != EOF; c = std::getchar()) {
        gotLine = true;
        if (c == '\n') {
            break;
        }
        line.push_back(char(c));
    }
    if (changeEcho) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    if (!gotLine) {
        return std::nullopt;
    }
    QString answer = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return answer;
}

std::optional<QByteArray> Terminal::readFile(const QString &path, QString *error, qint64 maxBytes)
{
    QFile file;
    const bool opened = path == QLatin1String("-")
            ? file.open(stdin, QIODevice::ReadOnly)
            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = file.errorString();
        return std::nullopt;
    }
    return core::BoundedRead::readAll(&file, maxBytes, error);
}

} // namespace registrar::cli
