"""Offline check of deploy/k8s; run through ./validate, which checks that PyYAML is installed.

1. Every *.yaml / *.yml file under deploy/k8s must parse.
2. The base and every overlay are built as `kustomize build` would build them, for the subset of
   kustomize this tree uses. A kustomization field outside that subset is an error rather than
   silently ignored, so the check never passes on something it did not understand.
3. The built resources are checked: identity fields, no duplicates, everything Taizhang needs is
   present, references between resources resolve, Deployments follow the project's rules, and
   PostgreSQL connections and Kafka partitions fit the replica counts.
"""

from __future__ import annotations

import base64
import copy
import os
import re
import signal
import sys
from collections import Counter
from dataclasses import dataclass, field

import yaml

SERVICES = ["plan-service", "assignment-service", "reminder-service", "reporting-service"]
# What runs as a Deployment behind a Service: the services, and the console (no database, no Kafka).
APPS = SERVICES + ["console"]
TOPICS = ["taizhang.plans.v1", "taizhang.assignments.v1", "taizhang.reminders.v1"]
PG_CLUSTER = "taizhang-pg"
KAFKA_CLUSTER = "taizhang-kafka"
# Which service reads which topic (DESIGN.md); one consumer group per service.
CONSUMES = {
    "assignment-service": ["taizhang.plans.v1"],
    "reminder-service": ["taizhang.plans.v1", "taizhang.assignments.v1"],
    "reporting-service": TOPICS,
}
PROBES = {
    "startupProbe": "/q/health/started",
    "readinessProbe": "/q/health/ready",
    "livenessProbe": "/q/health/live",
}
# /q/health, /q/metrics and /q/openapi are on the management interface in production, never behind a Service.
MANAGEMENT_PORT = 9000
PLACEHOLDER = "REPLACE_ME"

KUSTOMIZATION_FILES = ("kustomization.yaml", "kustomization.yml", "Kustomization")
SUPPORTED_FIELDS = {
    "apiVersion", "kind", "resources", "namespace", "labels", "commonLabels", "patches",
    "patchesStrategicMerge", "configMapGenerator", "secretGenerator", "generatorOptions", "images",
}
CLUSTER_SCOPED = {
    "Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "PersistentVolume",
    "StorageClass", "PriorityClass", "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration",
}
# API groups whose schemas kustomize knows: lists there merge by key; in custom resources they are
# replaced whole.
BUILTIN_GROUPS = {"", "apps", "batch", "policy", "autoscaling", "networking.k8s.io", "rbac.authorization.k8s.io"}
MERGE_KEYS = {
    "containers": "name", "initContainers": "name", "env": "name", "volumes": "name",
    "volumeMounts": "mountPath", "imagePullSecrets": "name", "topologySpreadConstraints": "topologyKey",
}


class BuildError(Exception):
    pass


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def error(self, msg: str) -> None:
        self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)


# ---------------------------------------------------------------------------------------------
# Resources


def group_of(res: dict) -> str:
    api = str(res.get("apiVersion", ""))
    return api.split("/")[0] if "/" in api else ""


def rid(res: dict) -> str:
    ns = res.get("metadata", {}).get("namespace")
    return f"{res['kind']}/{res['metadata']['name']}" + (f" (ns {ns})" if ns else "")


def check_identity(doc, where: str) -> dict:
    if not isinstance(doc, dict):
        raise BuildError(f"{where}: a resource must be a mapping, found {type(doc).__name__}")
    meta = doc.get("metadata")
    missing = [f for f, ok in (("apiVersion", doc.get("apiVersion")), ("kind", doc.get("kind")),
                               ("metadata.name", isinstance(meta, dict) and meta.get("name"))) if not ok]
    if missing:
        raise BuildError(f"{where}: resource lacks {', '.join(missing)}")
    return doc


def load_docs(path: str) -> list:
    with open(path, encoding="utf-8") as f:
        return [d for d in yaml.safe_load_all(f) if d is not None]


# ---------------------------------------------------------------------------------------------
# Patches


def strategic_merge(target, patch, builtin: bool):
    """A strategic merge patch: maps merge, null deletes, lists merge by key in built-in kinds."""
    if isinstance(patch, dict):
        directive = patch.get("$patch")
        if directive == "replace":
            return {k: v for k, v in patch.items() if k != "$patch"}
        if directive is not None:
            raise BuildError(f"unsupported $patch directive {directive!r}")
        if not isinstance(target, dict):
            return copy.deepcopy(patch)
        out = dict(target)
        for key, value in patch.items():
            if value is None:
                out.pop(key, None)
            elif key in out and isinstance(value, list) and isinstance(out[key], list):
                out[key] = merge_list(key, out[key], value, builtin)
            elif key in out:
                out[key] = strategic_merge(out[key], value, builtin)
            else:
                out[key] = copy.deepcopy(value)
        return out
    return copy.deepcopy(patch)


def merge_list(key: str, target: list, patch: list, builtin: bool) -> list:
    merge_key = MERGE_KEYS.get(key)
    if key == "ports" and all(isinstance(p, dict) for p in patch):
        merge_key = "containerPort" if all("containerPort" in p for p in patch) else "port"
    if not builtin or merge_key is None or not all(isinstance(x, dict) for x in target + patch):
        return copy.deepcopy(patch)
    out = [copy.deepcopy(x) for x in target]
    for item in patch:
        at = next((i for i, x in enumerate(out) if x.get(merge_key) == item.get(merge_key)), None)
        if at is None:
            out.append(copy.deepcopy(item))
        else:
            out[at] = strategic_merge(out[at], item, builtin)
    return out


def json_patch(res: dict, ops: list, where: str) -> dict:
    """RFC 6902 add / replace / remove, the operations this tree uses."""
    doc = copy.deepcopy(res)
    for op in ops:
        if not isinstance(op, dict) or op.get("op") not in ("add", "replace", "remove") or "path" not in op:
            raise BuildError(f"{where}: unsupported JSON patch operation {op!r}")
        parts = [p.replace("~1", "/").replace("~0", "~") for p in op["path"].split("/")[1:]]
        parent = doc
        for p in parts[:-1]:
            try:
                parent = parent[int(p)] if isinstance(parent, list) else parent[p]
            except (KeyError, IndexError, ValueError, TypeError):
                raise BuildError(f"{where}: path {op['path']} does not exist in {rid(res)}") from None
        last = parts[-1]
        if isinstance(parent, list):
            index = len(parent) if last == "-" else int(last)
            if op["op"] == "add":
                parent.insert(index, copy.deepcopy(op["value"]))
            elif index >= len(parent):
                raise BuildError(f"{where}: path {op['path']} does not exist in {rid(res)}")
            elif op["op"] == "replace":
                parent[index] = copy.deepcopy(op["value"])
            else:
                del parent[index]
        elif isinstance(parent, dict):
            if op["op"] != "add" and last not in parent:
                raise BuildError(f"{where}: path {op['path']} does not exist in {rid(res)}")
            if op["op"] == "remove":
                del parent[last]
            else:
                parent[last] = copy.deepcopy(op["value"])
        else:
            raise BuildError(f"{where}: path {op['path']} does not exist in {rid(res)}")
    return doc


def matches(res: dict, target: dict, where: str) -> bool:
    unknown = set(target) - {"group", "version", "kind", "name", "namespace", "labelSelector"}
    if unknown:
        raise BuildError(f"{where}: unsupported target fields {sorted(unknown)}")
    api = str(res["apiVersion"])
    version = api.split("/")[-1]
    meta = res["metadata"]
    if "group" in target and target["group"] != group_of(res):
        return False
    if "version" in target and target["version"] != version:
        return False
    if "kind" in target and target["kind"] != res["kind"]:
        return False
    # kustomize matches names and namespaces as anchored regular expressions
    if "name" in target and not re.fullmatch(target["name"], meta["name"]):
        return False
    if "namespace" in target and not re.fullmatch(target["namespace"], meta.get("namespace", "") or ""):
        return False
    if "labelSelector" in target:
        labels = meta.get("labels") or {}
        for term in str(target["labelSelector"]).split(","):
            if "=" not in term or "!=" in term:
                raise BuildError(f"{where}: only key=value label selectors are supported")
            k, v = (s.strip() for s in term.split("=", 1))
            if labels.get(k) != v.lstrip("="):
                return False
    return True


# ---------------------------------------------------------------------------------------------
# Kustomize build


class Builder:
    def __init__(self, root: str):
        self.root = root
        self.used_files: set[str] = set()

    def rel(self, path: str) -> str:
        return os.path.relpath(path, self.root)

    def kustomization_file(self, directory: str) -> str | None:
        for name in KUSTOMIZATION_FILES:
            path = os.path.join(directory, name)
            if os.path.isfile(path):
                return path
        return None

    def build(self, directory: str, stack: tuple = ()) -> list[dict]:
        directory = os.path.realpath(directory)
        if directory in stack:
            raise BuildError(f"cycle in resources: {' -> '.join(self.rel(d) for d in stack + (directory,))}")
        kfile = self.kustomization_file(directory)
        if kfile is None:
            raise BuildError(f"{self.rel(directory)}: no kustomization.yaml")
        self.used_files.add(kfile)
        where = self.rel(kfile)
        docs = load_docs(kfile)
        if len(docs) != 1 or not isinstance(docs[0], dict):
            raise BuildError(f"{where}: must hold exactly one mapping")
        k = docs[0]
        if k.get("kind", "Kustomization") != "Kustomization":
            raise BuildError(f"{where}: kind {k.get('kind')} is not supported (only Kustomization)")
        unsupported = set(k) - SUPPORTED_FIELDS
        if unsupported:
            raise BuildError(f"{where}: fields {sorted(unsupported)} are not emulated by validate.py; "
                             "extend it before using them")

        resources: list[dict] = []
        for entry in k.get("resources") or []:
            resources.extend(self.resource_entry(directory, str(entry), where, stack + (directory,)))
        self.generate(k, directory, where, resources)
        self.check_unique(resources, where)

        # kustomize's order: patches, then namespace, labels and images
        for entry in k.get("patchesStrategicMerge") or []:
            text = self.patch_text(directory, entry, where)
            for doc in yaml.safe_load_all(text):
                if doc is not None:
                    self.apply_smp(resources, check_identity(doc, where), None, where)
        for entry in k.get("patches") or []:
            self.apply_patch_entry(resources, directory, entry, where)
        if k.get("namespace"):
            for res in resources:
                if res["kind"] not in CLUSTER_SCOPED:
                    res["metadata"]["namespace"] = k["namespace"]
        self.apply_labels(resources, k, where)
        self.apply_images(resources, k.get("images") or [], where)
        self.check_unique(resources, where)
        return resources

    @staticmethod
    def check_unique(resources: list[dict], where: str) -> None:
        seen = Counter((group_of(r), r["kind"], r["metadata"].get("namespace"), r["metadata"]["name"])
                       for r in resources)
        dupes = [f"{kind}/{name}" for (_, kind, _, name), n in seen.items() if n > 1]
        if dupes:
            raise BuildError(f"{where}: resources defined more than once: {', '.join(sorted(dupes))}")

    def resource_entry(self, directory: str, entry: str, where: str, stack: tuple) -> list[dict]:
        if "://" in entry or entry.startswith(("github.com/", "git@")):
            raise BuildError(f"{where}: remote resource {entry} cannot be checked offline")
        path = os.path.normpath(os.path.join(directory, entry))
        if os.path.isdir(path):
            return self.build(path, stack)
        if not os.path.isfile(path):
            raise BuildError(f"{where}: resource {entry} does not exist ({self.rel(path)})")
        self.used_files.add(os.path.realpath(path))
        return [check_identity(doc, self.rel(path)) for doc in load_docs(path)]

    def read_relative(self, directory: str, entry: str, where: str) -> str:
        path = os.path.normpath(os.path.join(directory, entry))
        if not os.path.isfile(path):
            raise BuildError(f"{where}: file {entry} does not exist ({self.rel(path)})")
        self.used_files.add(os.path.realpath(path))
        with open(path, encoding="utf-8") as f:
            return f.read()

    def patch_text(self, directory: str, entry, where: str) -> str:
        # an entry is a file name, or the patch itself when it spans several lines
        text = str(entry)
        return text if "\n" in text else self.read_relative(directory, text, where)

    # generators ----------------------------------------------------------------------------

    def generate(self, k: dict, directory: str, where: str, resources: list[dict]) -> None:
        options = k.get("generatorOptions") or {}
        for kind, key in (("ConfigMap", "configMapGenerator"), ("Secret", "secretGenerator")):
            for gen in k.get(key) or []:
                name = gen.get("name")
                if not name:
                    raise BuildError(f"{where}: {key} entry without a name")
                opts = {**options, **(gen.get("options") or {})}
                if not opts.get("disableNameSuffixHash"):
                    raise BuildError(f"{where}: {key} {name} needs disableNameSuffixHash: true "
                                     "(validate.py does not emulate hash suffixes and reference rewriting)")
                data = self.generator_data(gen, directory, where)
                behavior = gen.get("behavior", "create")
                existing = next((r for r in resources if r["kind"] == kind and r["metadata"]["name"] == name), None)
                if behavior == "create":
                    res = {"apiVersion": "v1", "kind": kind, "metadata": {"name": name}}
                    if kind == "Secret":
                        res["type"] = gen.get("type", "Opaque")
                    for meta_key in ("labels", "annotations"):
                        if opts.get(meta_key):
                            res["metadata"][meta_key] = dict(opts[meta_key])
                    res["data"] = self.encode(kind, data)
                    resources.append(res)
                elif behavior in ("merge", "replace"):
                    if existing is None:
                        raise BuildError(f"{where}: {key} {name} has behavior {behavior} but no {kind} {name} exists")
                    if behavior == "replace":
                        existing["data"] = {}
                    existing.setdefault("data", {}).update(self.encode(kind, data))
                else:
                    raise BuildError(f"{where}: {key} {name}: unknown behavior {behavior}")

    def generator_data(self, gen: dict, directory: str, where: str) -> dict[str, str]:
        data: dict[str, str] = {}
        for env_file in (gen.get("envs") or []) + ([gen["env"]] if gen.get("env") else []):
            for line in self.read_relative(directory, env_file, where).splitlines():
                line = line.strip()
                if line and not line.startswith("#"):
                    if "=" not in line:
                        raise BuildError(f"{where}: {env_file}: line without '=': {line}")
                    key, value = line.split("=", 1)
                    data[key] = value
        for literal in gen.get("literals") or []:
            if "=" not in str(literal):
                raise BuildError(f"{where}: literal without '=': {literal}")
            key, value = str(literal).split("=", 1)
            data[key] = value
        for file_entry in gen.get("files") or []:
            key, _, rel = str(file_entry).rpartition("=")
            data[key or os.path.basename(rel)] = self.read_relative(directory, rel, where)
        return data

    @staticmethod
    def encode(kind: str, data: dict[str, str]) -> dict[str, str]:
        if kind == "ConfigMap":
            return dict(data)
        return {k: base64.b64encode(v.encode()).decode() for k, v in data.items()}

    # patches -------------------------------------------------------------------------------

    def apply_patch_entry(self, resources: list[dict], directory: str, entry, where: str) -> None:
        if not isinstance(entry, dict) or ("path" in entry) == ("patch" in entry):
            raise BuildError(f"{where}: a patches entry needs exactly one of path and patch")
        unknown = set(entry) - {"path", "patch", "target", "options"}
        if unknown:
            raise BuildError(f"{where}: unsupported patches fields {sorted(unknown)}")
        label = entry.get("path") or "inline patch"
        here = f"{where} ({label})"
        text = self.read_relative(directory, entry["path"], where) if "path" in entry else entry["patch"]
        docs = [d for d in yaml.safe_load_all(text) if d is not None]
        target = entry.get("target")
        if len(docs) == 1 and isinstance(docs[0], list):
            if not target:
                raise BuildError(f"{here}: a JSON patch needs a target")
            selected = self.select(resources, target, here)
            for i, res in enumerate(resources):
                if any(res is s for s in selected):
                    resources[i] = json_patch(res, docs[0], here)
            return
        # One document per entry: older kustomize releases (as embedded in kubectl) reject more.
        if len(docs) != 1:
            raise BuildError(f"{here}: a strategic merge patch entry must hold exactly one document")
        self.apply_smp(resources, check_identity(docs[0], here), target, here)

    def select(self, resources: list[dict], target: dict, where: str) -> list[dict]:
        selected = [r for r in resources if matches(r, target, where)]
        if not selected:
            raise BuildError(f"{where}: patch target {target} matches no resource")
        return selected

    def apply_smp(self, resources: list[dict], patch: dict, target: dict | None, where: str) -> None:
        if target:
            selected = self.select(resources, target, where)
        else:
            selected = [r for r in resources
                        if r["kind"] == patch["kind"] and group_of(r) == group_of(patch)
                        and r["metadata"]["name"] == patch["metadata"]["name"]
                        and patch["metadata"].get("namespace") in (None, r["metadata"].get("namespace"))]
            if not selected:
                raise BuildError(f"{where}: patch target {patch['kind']}/{patch['metadata']['name']} does not exist")
        for i, res in enumerate(resources):
            if any(res is s for s in selected):
                # as kustomize does, the patch cannot rename, re-kind or move its target
                keep = (res["kind"], res["metadata"]["name"], res["metadata"].get("namespace"))
                merged = strategic_merge(res, patch, group_of(res) in BUILTIN_GROUPS)
                merged["kind"], merged["metadata"]["name"] = keep[0], keep[1]
                if keep[2] is None:
                    merged["metadata"].pop("namespace", None)
                else:
                    merged["metadata"]["namespace"] = keep[2]
                resources[i] = merged

    # transformers --------------------------------------------------------------------------

    @staticmethod
    def apply_labels(resources: list[dict], k: dict, where: str) -> None:
        specs = [dict(l) for l in (k.get("labels") or [])]
        if k.get("commonLabels"):
            specs.append({"pairs": k["commonLabels"], "includeSelectors": True})
        for spec in specs:
            pairs = spec.get("pairs") or {}
            for res in resources:
                res["metadata"].setdefault("labels", {}).update(pairs)
                template = res.get("spec", {}).get("template") if isinstance(res.get("spec"), dict) else None
                if (spec.get("includeTemplates") or spec.get("includeSelectors")) and isinstance(template, dict):
                    template.setdefault("metadata", {}).setdefault("labels", {}).update(pairs)
                if spec.get("includeSelectors"):
                    selector = res.get("spec", {}).get("selector")
                    if res["kind"] == "Service":
                        res["spec"].setdefault("selector", {}).update(pairs)
                    elif isinstance(selector, dict):
                        selector.setdefault("matchLabels", {}).update(pairs)

    @staticmethod
    def apply_images(resources: list[dict], images: list, where: str) -> None:
        for image in images:
            if not image.get("name"):
                raise BuildError(f"{where}: images entry without a name")
            for container in all_containers(resources):
                ref = str(container.get("image", ""))
                name, tag = split_image(ref)
                if name != image["name"]:
                    continue
                name = image.get("newName", name)
                if image.get("digest"):
                    tag = "@" + image["digest"]
                elif image.get("newTag"):
                    tag = ":" + str(image["newTag"])
                container["image"] = name + tag


def split_image(ref: str) -> tuple[str, str]:
    if "@" in ref:
        name, digest = ref.split("@", 1)
        return name, "@" + digest
    slash = ref.rfind("/")
    colon = ref.rfind(":")
    return (ref[:colon], ref[colon:]) if colon > slash else (ref, "")


def pod_spec(res: dict) -> dict | None:
    spec = res.get("spec")
    if not isinstance(spec, dict):
        return None
    template = spec.get("template")
    if res.get("kind") in ("Deployment", "StatefulSet", "DaemonSet", "Job", "ReplicaSet") and isinstance(template, dict):
        return template.get("spec")
    return None


def all_containers(resources: list[dict]):
    for res in resources:
        ps = pod_spec(res)
        if ps:
            yield from (ps.get("containers") or []) + (ps.get("initContainers") or [])


# ---------------------------------------------------------------------------------------------
# Checks on a built target


def find(resources, kind, name=None, group=None):
    return [r for r in resources if r["kind"] == kind and (name is None or r["metadata"]["name"] == name)
            and (group is None or group_of(r) == group)]


def secret_keys(res: dict) -> set:
    return set((res.get("data") or {}).keys()) | set((res.get("stringData") or {}).keys())


def selector_matches(selector: dict, labels: dict) -> bool:
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def check_target(name: str, resources: list[dict], is_overlay: bool, rep: Report) -> None:
    def err(msg):
        rep.error(f"{name}: {msg}")

    def warn(msg):
        rep.warn(f"{name}: {msg}")

    for res in resources:
        try:
            check_identity(res, name)
        except BuildError as e:
            err(str(e))
    no_namespace = [rid(r) for r in resources if r["kind"] not in CLUSTER_SCOPED and not r["metadata"].get("namespace")]
    if is_overlay and no_namespace:
        err(f"{len(no_namespace)} resources without a namespace (e.g. {no_namespace[0]}); set `namespace:` in the overlay")

    # what Taizhang needs
    for svc in APPS:
        for kind in ("Deployment", "Service", "ConfigMap", "PodDisruptionBudget"):
            wanted = f"{svc}-config" if kind == "ConfigMap" else svc
            if not find(resources, kind, wanted):
                err(f"missing {kind}/{wanted}")
    for topic in TOPICS:
        if not find(resources, "KafkaTopic", topic, "kafka.strimzi.io"):
            err(f"missing KafkaTopic/{topic}")
    clusters = find(resources, "Cluster", PG_CLUSTER, "postgresql.cnpg.io")
    if not clusters:
        err(f"missing CloudNativePG Cluster/{PG_CLUSTER}")

    configmaps = {r["metadata"]["name"]: r for r in find(resources, "ConfigMap")}
    secrets = {r["metadata"]["name"]: r for r in find(resources, "Secret")}
    hpas = {r["spec"]["scaleTargetRef"]["name"]: r for r in find(resources, "HorizontalPodAutoscaler")
            if isinstance(r.get("spec"), dict) and isinstance(r["spec"].get("scaleTargetRef"), dict)}
    deployments = find(resources, "Deployment")
    max_replicas: dict[str, int] = {}

    for dep in deployments:
        dname = dep["metadata"]["name"]
        spec = dep.get("spec") or {}
        hpa = hpas.get(dname)
        if hpa:
            if "replicas" in spec:
                warn(f"Deployment/{dname} sets replicas although an autoscaler owns the count")
            low, high = hpa["spec"].get("minReplicas", 1), hpa["spec"].get("maxReplicas", 1)
            if low > high:
                err(f"HorizontalPodAutoscaler/{hpa['metadata']['name']}: minReplicas {low} > maxReplicas {high}")
        else:
            low = high = spec.get("replicas", 1)
        max_replicas[dname] = high
        if low < 2:
            err(f"Deployment/{dname} runs fewer than 2 replicas")

        template = spec.get("template") or {}
        labels = (template.get("metadata") or {}).get("labels") or {}
        if not selector_matches((spec.get("selector") or {}).get("matchLabels") or {}, labels):
            err(f"Deployment/{dname}: selector does not match its pod template labels")
        ps = template.get("spec") or {}
        if not (ps.get("securityContext") or {}).get("runAsNonRoot"):
            err(f"Deployment/{dname}: pod securityContext.runAsNonRoot must be true")
        volumes = {v.get("name"): v for v in ps.get("volumes") or []}
        for c in ps.get("containers") or []:
            cname = f"Deployment/{dname} container {c.get('name')}"
            ports = {p.get("name"): p.get("containerPort") for p in c.get("ports") or []}
            if ports.get("management") != MANAGEMENT_PORT:
                err(f"{cname}: needs a port named management, containerPort {MANAGEMENT_PORT} (/q/* is served there)")
            for probe, path in PROBES.items():
                get = (c.get(probe) or {}).get("httpGet") or {}
                if get.get("path") != path:
                    err(f"{cname}: {probe} must GET {path} (found {get.get('path')})")
                if get.get("port") != "management":
                    err(f"{cname}: {probe} must use the management port (found {get.get('port')})")
            annotations = (template.get("metadata") or {}).get("annotations") or {}
            if annotations.get("prometheus.io/scrape") == "true" and \
                    annotations.get("prometheus.io/port") != str(MANAGEMENT_PORT):
                err(f"Deployment/{dname}: Prometheus must scrape the management port {MANAGEMENT_PORT}")
            res_ = c.get("resources") or {}
            for part in ("requests", "limits"):
                for what in ("cpu", "memory"):
                    if not (res_.get(part) or {}).get(what):
                        err(f"{cname}: resources.{part}.{what} missing")
            if not (c.get("securityContext") or {}).get("readOnlyRootFilesystem"):
                err(f"{cname}: readOnlyRootFilesystem must be true")
            mounts = {m.get("mountPath"): m.get("name") for m in c.get("volumeMounts") or []}
            if "emptyDir" not in (volumes.get(mounts.get("/tmp")) or {}):
                err(f"{cname}: /tmp must be an emptyDir (the root filesystem is read-only)")
            for ref in c.get("envFrom") or []:
                for key, pool in (("configMapRef", configmaps), ("secretRef", secrets)):
                    target = (ref.get(key) or {})
                    if target and not target.get("optional") and target.get("name") not in pool:
                        err(f"{cname}: envFrom {key} {target.get('name')} does not exist")
            for env in c.get("env") or []:
                source = env.get("valueFrom") or {}
                for key, pool, keys in (("configMapKeyRef", configmaps, lambda r: set((r.get("data") or {}).keys())),
                                        ("secretKeyRef", secrets, secret_keys)):
                    target = source.get(key)
                    if not target or target.get("optional"):
                        continue
                    if target.get("name") not in pool:
                        err(f"{cname}: env {env.get('name')} refers to missing {key} {target.get('name')}")
                    elif target.get("key") not in keys(pool[target["name"]]):
                        err(f"{cname}: env {env.get('name')}: key {target.get('key')} not in {target.get('name')}")

    pod_labels = [((d.get("spec") or {}).get("template") or {}).get("metadata", {}).get("labels") or {}
                  for d in deployments]
    for svc in find(resources, "Service"):
        selector = (svc.get("spec") or {}).get("selector") or {}
        if not any(selector_matches(selector, l) for l in pod_labels):
            err(f"Service/{svc['metadata']['name']}: selector {selector} matches no Deployment's pods")
        if not any(p.get("name") == "http" for p in (svc.get("spec") or {}).get("ports") or []):
            err(f"Service/{svc['metadata']['name']}: no port named http")
        for port in (svc.get("spec") or {}).get("ports") or []:
            if port.get("targetPort") in ("management", MANAGEMENT_PORT) or port.get("port") == MANAGEMENT_PORT:
                err(f"Service/{svc['metadata']['name']}: exposes the management port (health, metrics, OpenAPI)")
    for pdb in find(resources, "PodDisruptionBudget"):
        selector = ((pdb.get("spec") or {}).get("selector") or {}).get("matchLabels") or {}
        if not any(selector_matches(selector, l) for l in pod_labels):
            err(f"PodDisruptionBudget/{pdb['metadata']['name']}: selector matches no Deployment's pods")
    for target in hpas:
        if not find(resources, "Deployment", target):
            err(f"HorizontalPodAutoscaler targets missing Deployment/{target}")

    # PostgreSQL: referenced secrets, databases, and enough connections for every replica's pool
    for cluster in clusters:
        cspec = cluster.get("spec") or {}
        initdb = ((cspec.get("bootstrap") or {}).get("initdb") or {})
        refs = [((initdb.get("secret") or {}).get("name"), initdb.get("owner"))]
        refs += [((role.get("passwordSecret") or {}).get("name"), role.get("name"))
                 for role in (cspec.get("managed") or {}).get("roles") or []]
        for secret_name, role in refs:
            if secret_name is None:
                continue
            secret = secrets.get(secret_name)
            if secret is None:
                err(f"Cluster/{PG_CLUSTER}: secret {secret_name} (role {role}) does not exist")
            elif secret.get("type") != "kubernetes.io/basic-auth" or not {"username", "password"} <= secret_keys(secret):
                err(f"Secret/{secret_name}: CloudNativePG needs type kubernetes.io/basic-auth with username and password")
        max_conn = int(((cspec.get("postgresql") or {}).get("parameters") or {}).get("max_connections", 100))
        needed = 0
        for svc in SERVICES:
            pool = int((configmaps.get(f"{svc}-config", {}).get("data") or {}).get("DB_POOL_SIZE", 20))
            needed += pool * max_replicas.get(svc, 0)
        if needed >= max_conn:
            err(f"Cluster/{PG_CLUSTER}: max_connections {max_conn} <= {needed} "
                "(sum of max replicas x DB_POOL_SIZE); raise it or shrink the pools")
    databases = {}
    for db in find(resources, "Database", group="postgresql.cnpg.io"):
        dspec = db.get("spec") or {}
        if not find(resources, "Cluster", (dspec.get("cluster") or {}).get("name"), "postgresql.cnpg.io"):
            err(f"Database/{db['metadata']['name']}: cluster {(dspec.get('cluster') or {}).get('name')} does not exist")
        databases[dspec.get("name")] = dspec.get("owner")
    for cluster in clusters:
        initdb = (((cluster.get("spec") or {}).get("bootstrap") or {}).get("initdb") or {})
        databases[initdb.get("database")] = initdb.get("owner")
    for svc in SERVICES:
        data = configmaps.get(f"{svc}-config", {}).get("data") or {}
        db_name = str(data.get("DB_URL", "")).rsplit("/", 1)[-1]
        if clusters and db_name not in databases:
            err(f"ConfigMap/{svc}-config: DB_URL names database {db_name!r}, which nothing creates")

    # Kafka: topics belong to the cluster, enough replicas for min.insync.replicas, consumers vs partitions
    kafkas = find(resources, "Kafka", group="kafka.strimzi.io")
    for res in find(resources, "KafkaTopic") + find(resources, "KafkaNodePool"):
        cluster_label = (res["metadata"].get("labels") or {}).get("strimzi.io/cluster")
        if cluster_label != KAFKA_CLUSTER:
            err(f"{res['kind']}/{res['metadata']['name']}: label strimzi.io/cluster must be {KAFKA_CLUSTER}")
        elif kafkas and not find(resources, "Kafka", cluster_label):
            err(f"{res['kind']}/{res['metadata']['name']}: Kafka {cluster_label} is not in this build")
    partitions = {}
    for topic in find(resources, "KafkaTopic"):
        tspec = topic.get("spec") or {}
        tname = tspec.get("topicName", topic["metadata"]["name"])
        partitions[tname] = int(tspec.get("partitions", 1))
        config = tspec.get("config") or {}
        if int(config.get("min.insync.replicas", 1)) >= int(tspec.get("replicas", 1)):
            err(f"KafkaTopic/{tname}: min.insync.replicas must be below replicas")
        if config.get("cleanup.policy", "delete") != "delete":
            err(f"KafkaTopic/{tname}: events are not snapshots; compaction would lose history")
    for svc, topics in CONSUMES.items():
        for topic in topics:
            if topic in partitions and max_replicas.get(svc, 0) > partitions[topic]:
                warn(f"{svc} may run {max_replicas[svc]} replicas but {topic} has {partitions[topic]} "
                     "partitions: the extra replicas do not consume it")

    placeholders = [s["metadata"]["name"] for s in secrets.values()
                    if any(PLACEHOLDER in base64.b64decode(v).decode(errors="replace")
                           for v in (s.get("data") or {}).values())
                    or any(PLACEHOLDER in str(v) for v in (s.get("stringData") or {}).values())]
    if placeholders:
        warn(f"placeholder passwords still in {', '.join(sorted(placeholders))} (replace before a real install)")


# ---------------------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    root = os.path.realpath(argv[1] if len(argv) > 1 else os.path.dirname(__file__))
    options = argv[2:]
    brief = "--brief" in options
    # --print <target>: write that target's built resources as YAML to stdout, as `kustomize build`
    # would, instead of the report (for reading what an overlay produces without kustomize).
    show = options[options.index("--print") + 1] if "--print" in options[:-1] else None
    if show is not None:
        try:
            resources = Builder(root).build(os.path.join(root, show))
        except BuildError as e:
            print(f"ERROR: {e}", file=sys.stderr)
            return 1
        yaml.safe_dump_all(resources, sys.stdout, sort_keys=False, allow_unicode=True)
        return 0
    rep = Report()

    yaml_files = sorted(os.path.join(d, f) for d, _, files in os.walk(root) for f in files
                        if f.endswith((".yaml", ".yml")) or f == "Kustomization")
    for path in yaml_files:
        try:
            load_docs(path)
        except yaml.YAMLError as e:
            rep.error(f"{os.path.relpath(path, root)}: YAML parse error: {e}")
    shown = os.path.relpath(root)
    print(f"Parsed {len(yaml_files)} YAML files under {root if shown.startswith('..') else shown}"
          + (f" ({len(rep.errors)} with errors)" if rep.errors else ""))
    if rep.errors:
        return finish(rep)

    builder = Builder(root)
    overlay_dir = os.path.join(root, "overlays")
    targets = [("base", os.path.join(root, "base"), False)]
    if os.path.isdir(overlay_dir):
        targets += [(f"overlays/{d}", os.path.join(overlay_dir, d), True) for d in sorted(os.listdir(overlay_dir))
                    if os.path.isdir(os.path.join(overlay_dir, d))]
    if len(targets) == 1:
        rep.error("no overlays under overlays/")

    for name, path, is_overlay in targets:
        try:
            resources = builder.build(path)
        except BuildError as e:
            rep.error(f"{name}: {e}")
            print(f"\n{name}: BUILD FAILED")
            continue
        except yaml.YAMLError as e:
            rep.error(f"{name}: YAML error in a patch: {e}")
            print(f"\n{name}: BUILD FAILED")
            continue
        check_target(name, resources, is_overlay, rep)
        kinds = Counter(r["kind"] for r in resources)
        print(f"\n{name}: {len(resources)} resources ("
              + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) + ")")
        if not brief:
            for res in sorted(resources, key=lambda r: (r["kind"], r["metadata"]["name"])):
                print(f"  {rid(res)}")

    # only meaningful when every build got to the end
    for path in yaml_files if not rep.errors else []:
        if os.path.realpath(path) not in builder.used_files:
            rep.warn(f"{os.path.relpath(path, root)} is not used by any kustomization")
    return finish(rep)


def finish(rep: Report) -> int:
    for w in rep.warnings:
        print(f"WARNING: {w}")
    for e in rep.errors:
        print(f"ERROR: {e}", file=sys.stderr)
    print(f"\n{'FAILED' if rep.errors else 'OK'}: {len(rep.errors)} error(s), {len(rep.warnings)} warning(s)")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
