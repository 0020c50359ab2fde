#pragma once

#include <QString>

namespace Chairside {

// Where a notification's action link points: "chairside://appointment/<id>" (the demo) or
// "chairside://appointments/<id>" (the seed), likewise customer and handoff.
struct ActionLink
{
    enum class Target { None, Appointment, Customer, Handoff };
    Target target = Target::None;
    QString id;

    static ActionLink parse(const QString &url);
    bool isValid() const { return target != Target::None && !id.isEmpty(); }
};

} // namespace Chairside
