#pragma once
// Field<T>: an optional value that also remembers an officer's explicit "unknown".
#include <utility>

namespace saisie::model {

/// A record field that is either not filled, explicitly unknown, or set to a value.
///
/// Officers work offline under pressure and must always be able to save: "I could not find
/// out" is a different fact from "I have not looked yet", and completeness statistics and the
/// desk's follow-up depend on the difference. In JSON an absent key is "not filled" and `null`
/// is "explicitly unknown". Coded fields do not use this type: they carry their list's own
/// UNKNOWN entry instead, so exports see one spelling of unknown per list.
template <typename T> class Field
{
public:
    enum class State { Unset, Unknown, Set };

    Field() = default;
    Field(T value) : m_state(State::Set), m_value(std::move(value)) {}

    static Field unknown()
    {
        Field f;
        f.m_state = State::Unknown;
        return f;
    }

    State state() const { return m_state; }
    bool isSet() const { return m_state == State::Set; }
    bool isUnknown() const { return m_state == State::Unknown; }
    bool isUnset() const { return m_state == State::Unset; }

    /// The value; only meaningful when isSet().
    const T &value() const { return m_value; }
    T valueOr(T fallback) const { return isSet() ? m_value : std::move(fallback); }

    void set(T value)
    {
        m_state = State::Set;
        m_value = std::move(value);
    }
    void setUnknown()
    {
        m_state = State::Unknown;
        m_value = T{};
    }
    void clear()
    {
        m_state = State::Unset;
        m_value = T{};
    }

    friend bool operator==(const Field &a, const Field &b)
    {
        return a.m_state == b.m_state && (a.m_state != State::Set || a.m_value == b.m_value);
    }

private:
    State m_state = State::Unset;
    T m_value{};
};

} // namespace saisie::model
