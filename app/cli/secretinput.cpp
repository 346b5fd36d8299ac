#include "secretinput.h"

#include <cerrno>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace saisie::cli {

namespace {
constexpr std::size_t kMaxSecret = 1024;

/// Turns terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
        m_active = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    ~EchoOff()
    {
        if (m_active) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
            std::fputs("\n", stderr);
        }
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};
} // namespace

Expected<SecureBuffer> readSecretLine(const QString &prompt)
{
    if (::isatty(STDIN_FILENO))
        std::fprintf(stderr, "%s: ", prompt.toLocal8Bit().constData());
    EchoOff echo;
    SecureBuffer line(kMaxSecret);
    std::size_t used = 0;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (used == 0)
                return makeError(QStringLiteral("no_pin"),
                                 QStringLiteral("Expected the PIN on the first line of standard input."));
            break;
        }
        if (c == '\n')
            break;
        if (used == kMaxSecret)
            return makeError(QStringLiteral("pin_too_long"), QStringLiteral("The PIN line is too long."));
        line.data()[used++] = static_cast<unsigned char>(c);
    }
    if (used > 0 && line.data()[used - 1] == '\r')
        --used;
    return SecureBuffer::copyOf(line.data(), used);
}

} // namespace saisie::cli
