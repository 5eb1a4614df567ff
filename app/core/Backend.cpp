// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backend.h"

#include <array>

namespace registrar::core {

namespace {

struct Naming
{
    Backend::Kind kind;
    const char *name;
};

constexpr std::array kNames{
        Naming{Backend::Kind::Synapse, "synapse"},
        Naming{Backend::Kind::SynapseMas, "synapse-mas"},
        Naming{Backend::Kind::Tuwunel, "tuwunel"},
        Naming{Backend::Kind::TuwunelMas, "tuwunel-mas"},
        Naming{Backend::Kind::Dendrite, "dendrite"},
        Naming{Backend::Kind::Unknown, "unknown"},
};

} // namespace

QString Backend::name(Kind kind)
{
    for (const Naming &naming : kNames) {
        if (naming.kind == kind) {
            return QString::fromLatin1(naming.name);
        }
    }
    return QStringLiteral("unknown");
}

std::optional<Backend::Kind> Backend::fromName(const QString &name)
{
    for (const Naming &naming : kNames) {
        if (name == QLatin1String(naming.name)) {
            return naming.kind;
        }
    }
    return std::nullopt;
}

QString Backend::title(Kind kind)
{
    switch (kind) {
    case Kind::Synapse:
        return tr("Synapse");
    case Kind::SynapseMas:
        return tr("Synapse with MAS");
    case Kind::Tuwunel:
        return tr("Tuwunel");
    case Kind::TuwunelMas:
        return tr("Tuwunel with MAS");
    case Kind::Dendrite:
        return tr("Dendrite");
    case Kind::Unknown:
        break;
    }
    return tr("unknown");
}

} // namespace registrar::core
