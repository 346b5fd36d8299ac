#pragma once
// A value or an error sentence. C++20 has no std::expected; this is the small subset we need.
#include <QString>
#include <utility>
#include <variant>

namespace saisie {

/// An error that reaches a person: a machine code for tests and callers, and a sentence that says
/// what happened and what to do. Never carries keys, PINs or record contents.
struct Error {
    QString code;
    QString message;
};

template <typename T>
class [[nodiscard]] Expected
{
public:
    Expected(T value) : m_state(std::move(value)) {}
    Expected(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T &operator*() { return value(); }
    T *operator->() { return &value(); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Expected<void>: success or an error.
struct Done {};
using Status = Expected<Done>;
inline Status success() { return Done{}; }

inline Error makeError(const QString &code, const QString &message) { return Error{code, message}; }

} // namespace saisie
