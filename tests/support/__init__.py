"""Helpers the tests share: plain code that test modules, conftests and benchmarks import.

Conftests only wire these into fixtures, and no test module imports another test module.
"""
