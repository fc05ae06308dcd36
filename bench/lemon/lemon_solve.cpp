// Reference solver for bench/solve-vs-lemon.sh: reads a DIMACS min-cost-flow problem with LEMON's readDimacsMin,
// solves it with LEMON's NetworkSimplex (block search pivot rule) and prints the solution in the same form as
// `corridor solve`: "s COST", then "f FROM TO FLOW" per arc with non-zero flow in input order.
// Build: g++ -O2 -o lemon_solve lemon_solve.cpp   (Debian package liblemon-dev)
#include <lemon/dimacs.h>
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <cstdio>
#include <fstream>
#include <iostream>

using Digraph = lemon::SmartDigraph;
using Value = long long;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: lemon_solve FILE.min\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "lemon_solve: cannot read " << argv[1] << "\n";
    return 66;
  }
  Digraph g;
  Digraph::ArcMap<Value> lower(g), capacity(g), cost(g);
  Digraph::NodeMap<Value> supply(g);
  lemon::DimacsDescriptor desc = lemon::dimacsType(in);
  if (desc.type != lemon::DimacsDescriptor::MIN) {
    std::cerr << "lemon_solve: not a 'p min' problem\n";
    return 65;
  }
  // Capacity below the lower bound (e.g. -1) means unbounded, as in corridor's reader.
  lemon::readDimacsMin(in, g, lower, capacity, cost, supply, 0, desc);

  using Solver = lemon::NetworkSimplex<Digraph, Value, Value>;
  Solver ns(g);
  ns.lowerMap(lower).upperMap(capacity).costMap(cost).supplyMap(supply);
  Solver::ProblemType result = ns.run(Solver::BLOCK_SEARCH);
  if (result == Solver::INFEASIBLE) {
    std::cerr << "lemon_solve: infeasible\n";
    return 10;
  }
  if (result == Solver::UNBOUNDED) {
    std::cerr << "lemon_solve: unbounded\n";
    return 11;
  }

  std::printf("s %lld\n", static_cast<long long>(ns.totalCost()));
  for (int id = 0; id < g.arcNum(); ++id) {
    Digraph::Arc a = g.arcFromId(id);
    Value f = ns.flow(a);
    if (f != 0) {
      std::printf("f %d %d %lld\n", g.id(g.source(a)) + 1, g.id(g.target(a)) + 1, static_cast<long long>(f));
    }
  }
  return 0;
}
